import { WardenError } from '../errors.js';
import { nextLink } from './next-link.js';

export interface Page {
  body: unknown;
  headers: Record<string, string>;
}

function itemsOf<T>(body: unknown): T[] {
  const items = (body as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as T[]) : [];
}

/**
 * Pages of a Webex list, following `Link: rel="next"` as given: the cursor in it is opaque, so
 * the URL is never rebuilt (webex-api.md §7). A next URL on another origin is refused, as the
 * token must never be sent anywhere but the configured API.
 */
export async function* paginate<T>(get: (url: URL) => Promise<Page>, first: URL, describe: (url: URL) => string): AsyncGenerator<T[]> {
  let url: URL | undefined = first;
  while (url) {
    const page = await get(url);
    yield itemsOf<T>(page.body);
    const next = nextLink(page.headers['link']);
    if (next === undefined) return;
    const following: URL = new URL(next, url);
    if (following.origin !== first.origin) {
      throw new WardenError('WEBEX_HTTP', `Webex paging link for GET ${describe(url)} points to another origin; not followed`, {
        details: { path: describe(url), transient: false },
      });
    }
    url = following.href === url.href ? undefined : following;
  }
}
