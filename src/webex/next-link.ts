/**
 * The `rel="next"` URL of an RFC 8288 `Link` header, exactly as Webex wrote it: it carries opaque
 * cursor parameters, so it is followed verbatim and never rebuilt (webex-api.md §7).
 */
export function nextLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const link = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!link) continue;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(link[2] ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (relations.includes('next')) return link[1];
  }
  return undefined;
}
