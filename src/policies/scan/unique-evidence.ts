/** More lines than a card can usefully show; the rest is summed up as `+N more`. */
const MAX_LINES = 10;

/** Evidence lines without repeats, capped, in the order found. */
export function uniqueEvidence(lines: readonly string[]): string[] {
  const unique = [...new Set(lines)];
  if (unique.length <= MAX_LINES) return unique;
  return [...unique.slice(0, MAX_LINES - 1), `+${unique.length - (MAX_LINES - 1)} more`];
}
