import { mask } from '../../log/mask.js';
import { findCardNumbers } from './find-card-numbers.js';
import { findCredentials } from './find-credentials.js';
import type { MaskedSpan } from './masked-span.js';

/**
 * Every card number and credential in `text` with its masked stand-in. Every excerpt masks these,
 * whatever rule it serves, so a keyword alert never shows a card number that sits next to it.
 */
export function sensitiveSpans(text: string): MaskedSpan[] {
  const cards = findCardNumbers(text).map((c) => ({ start: c.start, end: c.end, replacement: mask(c.digits, 'card') }));
  const credentials = findCredentials(text).map((c) => ({ start: c.start, end: c.end, replacement: c.masked }));
  return [...cards, ...credentials].sort((a, b) => a.start - b.start);
}
