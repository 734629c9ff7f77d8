import { findCredentials } from '../scan/find-credentials.js';
import { makeExcerpt } from '../scan/make-excerpt.js';
import { scannedText } from '../scan/scanned-text.js';
import { TEXT_KINDS, type Detector } from '../types.js';
import { uniqueEvidence } from '../scan/unique-evidence.js';

/**
 * Secrets pasted in a message. AWS's documented example key (`AKIAIOSFODNN7EXAMPLE`) is flagged
 * like any other: it has the full shape, and telling placeholders from keys is a guess.
 */
export const credentials: Detector = {
  name: 'credentials',
  title: 'Credentials',
  description: 'AWS access key ids, private key blocks, GitHub, Slack, Google API and Stripe live keys.',
  defaultSeverity: 'critical',
  kinds: TEXT_KINDS,
  detect(event) {
    const { text } = scannedText(event);
    const found = findCredentials(text);
    const first = found[0];
    if (!first) return undefined;
    return {
      evidence: uniqueEvidence(found.map((c) => c.masked)),
      excerpt: makeExcerpt(text, first),
    };
  },
};
