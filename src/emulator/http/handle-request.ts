import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { u2cCatalog } from '../routes/sdk-compat.js';
import type { EmuPerson, FaultSpec } from '../types.js';
import { readBody } from './read-body.js';
import { errorBody, send } from './respond.js';
import type { AuthedReq, PublicHandler, Reply, Req, Router } from './router.js';

/**
 * Every HTTP request: `/v1/...` is the Webex API (recorded in `calls`, faults applied),
 * `/_emulator/...` the control API, `/u2c/...` the SDK's service catalog.
 */
export function requestHandler(core: Core, api: Router, control: Router) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const trackingId = `EMU_${randomUUID()}`;
    res.setHeader('Trackingid', trackingId);
    // Webex dates every answer (RFC 9110 §6.6.1); Warden cuts its Events API windows by it.
    res.setHeader('Date', new Date(core.now()).toUTCString());
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const fail = (e: unknown): void => {
      if (!res.headersSent) send(res, e instanceof ApiError ? e.status : 500, errorBody(messageOf(e), trackingId));
    };
    if (url.pathname.startsWith('/u2c/')) return send(res, 200, u2cCatalog(url));
    const inApi = url.pathname === '/v1' || url.pathname.startsWith('/v1/');
    const handler = inApi ? serveApi(core, api, req, url, trackingId) : serveControl(core, control, req, url);
    handler.then((r) => send(res, r.status, r.body, r.headers)).catch(fail);
  };
}

async function serveApi(core: Core, api: Router, req: IncomingMessage, url: URL, trackingId: string): Promise<Reply> {
  const started = Date.now();
  const method = req.method ?? 'GET';
  const path = url.pathname.slice(3) || '/';
  const who = core.identify(req.headers.authorization);
  let body: unknown;
  let reply: Reply;
  try {
    body = await readBody(req);
    const fault = core.faults.take(method, path);
    reply = (fault && (await applyFault(fault, trackingId))) || (await route(core, api, {
      method, path, query: url.searchParams, body, headers: req.headers, origin: url.origin, caller: who?.person,
    }));
  } catch (e) {
    reply = { status: e instanceof ApiError ? e.status : 500, body: errorBody(messageOf(e), trackingId) };
  }
  if (reply.status >= 400 && reply.body === undefined) reply.body = errorBody('Request failed', trackingId);
  if (reply.status >= 400) (reply.body as Record<string, unknown>).trackingId = trackingId;
  record(core, method, path, url, who, body, reply.status, Date.now() - started);
  return reply;
}

/**
 * Seconds a 429 fault asks to wait when the test names none. Webex sends `Retry-After` on every
 * 429 (SPEC-MSG response tables: "A Retry-After header should be present"; webex-api.md §8).
 * Two seconds: short for tests, and unlike Warden's 1 s fallback, so a test can tell which one
 * the client used. `retryAfter: null` sends none, for the client's fallback path.
 */
export const DEFAULT_RETRY_AFTER_S = 2;

async function applyFault(f: FaultSpec, trackingId: string): Promise<Reply | undefined> {
  if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
  if (!f.status) return undefined;
  const seconds = f.retryAfter === undefined && f.status === 429 ? DEFAULT_RETRY_AFTER_S : f.retryAfter;
  const headers: Record<string, string> = seconds === undefined || seconds === null ? {} : { 'Retry-After': String(seconds) };
  return { status: f.status, body: errorBody(`Emulated fault ${f.status}`, trackingId), headers };
}

async function route(core: Core, api: Router, req: Req): Promise<Reply> {
  const found = api.match(req.method, req.path);
  if (!found) throw new ApiError(404, 'The requested resource could not be found.');
  if (found.open) return (found.handler as PublicHandler)(core, req, found.params);
  if (!req.caller) throw new ApiError(401, 'The request requires a valid access token set in the Authorization request header.');
  return found.handler(core, req as AuthedReq, found.params);
}

async function serveControl(core: Core, control: Router, req: IncomingMessage, url: URL): Promise<Reply> {
  const method = req.method ?? 'GET';
  const found = url.pathname.startsWith('/_emulator/') ? control.match(method, url.pathname.slice(10)) : undefined;
  if (!found) throw new ApiError(404, 'The requested resource could not be found.');
  const body = await readBody(req);
  const plain: Req = { method, path: url.pathname, query: url.searchParams, body, headers: req.headers, origin: url.origin, caller: undefined };
  return (found.handler as PublicHandler)(core, plain, found.params);
}

function record(core: Core, method: string, path: string, url: URL, who: { person: EmuPerson; label: string | undefined } | undefined, body: unknown, status: number, durationMs: number): void {
  core.calls.push({
    seq: core.nextCallSeq(), at: Date.now(), method, path,
    query: Object.fromEntries(url.searchParams), personId: who?.person.id, tokenLabel: who?.label,
    // The OAuth form carries secrets; a call log is for asserting calls, not for keeping them.
    body: path === '/access_token' ? { grant_type: (body as Record<string, unknown> | undefined)?.grant_type } : body,
    status,
    durationMs,
  });
}

function messageOf(e: unknown): string {
  return e instanceof ApiError ? e.message : 'Internal emulator error';
}
