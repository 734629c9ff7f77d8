import { applySpans } from './apply-spans.js';
import type { MaskedSpan } from './masked-span.js';
import { sensitiveSpans } from './sensitive-spans.js';

/** Characters of context kept on each side of the find. */
const RADIUS = 80;
const ELLIPSIS = '…';

function snapStart(text: string, start: number, limit: number): number {
  if (start === 0) return 0;
  const space = text.slice(start, limit).search(/\s/);
  return space === -1 ? start : start + space + 1;
}

function snapEnd(text: string, end: number, limit: number): number {
  if (end >= text.length) return text.length;
  const space = text.slice(limit, end).search(/\s\S*$/);
  return space === -1 ? end : limit + space;
}

/**
 * A short excerpt around `focus` (offsets in `text`), with `spans` and every card number or
 * credential replaced by its mask. Masking happens on the whole text before cutting, so a
 * window edge can never reveal part of a value.
 */
export function makeExcerpt(text: string, focus: { start: number; end: number }, spans: readonly MaskedSpan[] = []): string {
  const applied = applySpans(text, [...spans, ...sensitiveSpans(text)]);
  const masked = applied.text;
  const fStart = applied.at(focus.start);
  const fEnd = Math.max(fStart, applied.at(focus.end));
  const start = snapStart(masked, Math.max(0, fStart - RADIUS), fStart);
  const end = snapEnd(masked, Math.min(masked.length, fEnd + RADIUS), fEnd);
  const body = masked.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < masked.length ? ELLIPSIS : ''}`;
}
