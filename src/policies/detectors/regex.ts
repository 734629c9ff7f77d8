import { mask } from '../../log/mask.js';
import { makeExcerpt } from '../scan/make-excerpt.js';
import type { MaskedSpan } from '../scan/masked-span.js';
import { scannedText } from '../scan/scanned-text.js';
import { TEXT_KINDS, type Detector } from '../types.js';
import { compileUserPattern } from '../scan/user-pattern.js';
import { uniqueEvidence } from '../scan/unique-evidence.js';

/** Enough to fill a card; a pattern matching thousands of times says no more with more. */
const MAX_MATCHES = 200;

/**
 * The pattern's matches, masked. In a message cut to the scanned length, a match that reaches the
 * cut is dropped: it may be cut short, or exist only because of the cut (a `$`).
 */
function spansOf(text: string, cut: boolean, pattern: string, flags: string): MaskedSpan[] {
  return compileUserPattern(pattern, flags)
    .matches(text, MAX_MATCHES)
    .filter((m) => !cut || m.end < text.length)
    .map((m) => ({ start: m.start, end: m.end, replacement: mask(m.text, 'text') }));
}

/**
 * A `type: regex` rule of the policy file. What such a pattern catches is the admin's idea of
 * sensitive, so each match is masked like any secret, in the evidence and the excerpt. The
 * pattern runs in the linear-time engine (scan/user-pattern.ts), never in V8's backtracking one.
 */
export const regex: Detector = {
  name: 'regex',
  title: 'Pattern',
  defaultSeverity: 'medium',
  kinds: TEXT_KINDS,
  detect(event, options) {
    const pattern = options.pattern;
    const flags = typeof options.flags === 'string' ? options.flags : '';
    const { text, cut } = scannedText(event);
    if (typeof pattern !== 'string' || text === '') return undefined;
    const spans = spansOf(text, cut, pattern, flags);
    const first = spans[0];
    if (!first) return undefined;
    return {
      evidence: uniqueEvidence(spans.map((s) => `Match ${s.replacement}`)),
      excerpt: makeExcerpt(text, first, spans),
    };
  },
};
