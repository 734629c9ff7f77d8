/**
 * The file name in `Content-Disposition: attachment; filename="…"` (webex-api.md §13), preferring
 * RFC 6266's `filename*=UTF-8''…` when present. Undefined when neither is readable.
 */
export function fileNameOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain form
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1];
  if (quoted !== undefined) return quoted.replace(/\\(.)/g, '$1');
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  return bare;
}
