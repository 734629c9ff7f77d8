const ELLIPSIS = '…';

/** Cuts `text` to at most `maxChars` code points, ending with an ellipsis when it was cut. */
export function truncateText(text: string, maxChars: number): string {
  const points = Array.from(text);
  if (points.length <= maxChars) return text;
  return points.slice(0, Math.max(0, maxChars - 1)).join('') + ELLIPSIS;
}
