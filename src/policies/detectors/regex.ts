import { mask } from '../../log/mask.js';
import { makeExcerpt } from '../scan/make-excerpt.js';
import type { MaskedSpan } from '../scan/masked-span.js';
import { TEXT_KINDS, type Detector } from '../types.js';
import { compileCached } from '../scan/compile-cached.js';
import { uniqueEvidence } from '../scan/unique-evidence.js';

/** Enough to fill a card; a pattern matching thousands of times says no more with more. */
const MAX_MATCHES = 200;

function spansOf(text: string, re: RegExp): MaskedSpan[] {
  const spans: MaskedSpan[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    const start = m.index ?? 0;
    spans.push({ start, end: start + m[0].length, replacement: mask(m[0], 'text') });
    if (spans.length >= MAX_MATCHES) break;
  }
  return spans;
}

/**
 * A `type: regex` rule of the policy file. What such a pattern catches is the admin's idea of
 * sensitive, so each match is masked like any secret, in the evidence and the excerpt.
 */
export const regex: Detector = {
  name: 'regex',
  title: 'Pattern',
  defaultSeverity: 'medium',
  kinds: TEXT_KINDS,
  detect(event, options) {
    const pattern = options.pattern;
    const flags = typeof options.flags === 'string' ? options.flags : '';
    const text = event.text ?? '';
    if (typeof pattern !== 'string' || text === '') return undefined;
    const spans = spansOf(text, compileCached(pattern, flags));
    const first = spans[0];
    if (!first) return undefined;
    return {
      evidence: uniqueEvidence(spans.map((s) => `Match ${s.replacement}`)),
      excerpt: makeExcerpt(text, first, spans),
    };
  },
};
