const ELLIPSIS = '…';

/**
 * Cuts `text` so that its UTF-8 encoding fits in `maxBytes` (Webex refuses a `markdown` field
 * over 7439 bytes, see webex-api.md §3). Cuts on a code point, never inside one, and never
 * leaves a dangling backslash that would escape the ellipsis.
 */
export function truncateBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(ELLIPSIS, 'utf8');
  let out = '';
  let used = 0;
  for (const point of text) {
    const size = Buffer.byteLength(point, 'utf8');
    if (used + size > budget) break;
    out += point;
    used += size;
  }
  return out.replace(/\\+$/, '') + ELLIPSIS;
}
