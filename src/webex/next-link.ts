import LinkHeader from 'http-link-header';

/**
 * The `rel="next"` URL of an RFC 8288 `Link` header (parsed by http-link-header), exactly as
 * Webex wrote it: it carries opaque cursor parameters, so it is followed verbatim and never
 * rebuilt (webex-api.md §7). An unreadable header means no next page, never a guessed one.
 */
export function nextLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  try {
    return LinkHeader.parse(header).rel('next')[0]?.uri;
  } catch {
    return undefined;
  }
}
