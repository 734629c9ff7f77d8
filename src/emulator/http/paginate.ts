import type { Core } from '../core.js';
import type { Reply, Req } from './router.js';

/** `Link: <url>; rel="next"` on the request's own host, with the query it came with plus `cursor`. */
export function nextLink(req: Req, cursor: string): Record<string, string> {
  const q = new URLSearchParams(req.query);
  q.set('cursor', cursor);
  return { Link: `<${req.origin}/v1${req.path}?${q.toString()}>; rel="next"` };
}

/**
 * One page of a list answer `{ items }`, with a `Link` to the next when there is more. The
 * cursor is opaque to clients (webex-api.md §7): they must follow the URL, not build it.
 */
export function paginate<T>(core: Core, req: Req, all: T[], def: number, cap: number): Reply {
  const max = core.pageSize(req.query.get('max'), def, cap);
  const offset = decodeOffset(req.query.get('cursor'));
  const items = all.slice(offset, offset + max);
  const more = offset + max < all.length;
  return { status: 200, body: { items }, ...(more ? { headers: nextLink(req, encodeOffset(offset + max)) } : {}) };
}

function encodeOffset(n: number): string {
  return Buffer.from(`o:${n}`).toString('base64url');
}

function decodeOffset(cursor: string | null): number {
  if (!cursor) return 0;
  const n = Number.parseInt(Buffer.from(cursor, 'base64url').toString().slice(2), 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}
