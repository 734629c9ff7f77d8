import { ApiError } from '../api-error.js';
import type { EventPosition, EventQuery } from '../event-log.js';
import { nextLink } from '../http/paginate.js';
import type { AuthedReq, Router } from '../http/router.js';

interface Cursor {
  q: EventQuery;
  max: number;
  at: EventPosition;
}

/**
 * GET /events and /events/{id}: compliance officers only. Paging is only by the `Link` header,
 * whose URL carries an opaque cursor holding the query and the position (webex-api.md §6, §7).
 */
export function eventsRoutes(r: Router): void {
  r.add('GET', '/events', (core, req) => {
    officerOnly(req);
    const cursor = readCursor(req.query.get('cursor'));
    const q = cursor ? { ...cursor.q, orgId: req.caller.orgId } : queryOf(req);
    const max = cursor?.max ?? core.pageSize(req.query.get('max'), 100, 1000);
    const page = core.log.page(q, max, cursor?.at);
    const headers = page.next ? nextLink({ ...req, query: new URLSearchParams() }, writeCursor({ q, max, at: page.next })) : undefined;
    return { status: 200, body: { items: page.items }, ...(headers ? { headers } : {}) };
  });
  r.add('GET', '/events/:id', (core, req, p) => {
    officerOnly(req);
    const ev = core.log.get(p.id ?? '');
    if (!ev || ev.orgId !== req.caller.orgId) throw new ApiError(404, 'Event not found');
    return { status: 200, body: ev };
  });
}

function officerOnly(req: AuthedReq): void {
  if (!req.caller.roles.includes('complianceOfficer')) {
    throw new ApiError(403, 'The Events API is only available to compliance officers');
  }
}

function queryOf(req: AuthedReq): EventQuery {
  const get = (k: string): string | undefined => req.query.get(k) ?? undefined;
  const q: EventQuery = { orgId: req.caller.orgId };
  const resource = get('resource');
  const type = get('type');
  const actorId = get('actorId');
  if (resource) q.resource = resource;
  if (type) q.type = type;
  if (actorId) q.actorId = actorId;
  const from = time(get('from'), 'from');
  const to = time(get('to'), 'to');
  if (from !== undefined) q.fromMs = from;
  if (to !== undefined) q.toMs = to;
  return q;
}

function time(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new ApiError(400, `${name} must be an ISO 8601 time`);
  return t;
}

function writeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function readCursor(v: string | null): Cursor | undefined {
  if (!v) return undefined;
  try {
    return JSON.parse(Buffer.from(v, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw new ApiError(400, 'Invalid cursor');
  }
}
