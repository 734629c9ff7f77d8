import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** What the browser brought back: the code, or why there is none (never the code in a message). */
export type CallbackResult = { ok: true; code: string } | { ok: false; reason: string };

export interface CallbackOptions {
  /** OAUTH_REDIRECT_URI: its host, port and path are listened on. */
  redirectUri: string;
  state: string;
  timeoutMs: number;
  /** Called once listening, with nothing: the caller then shows the URL. */
  onListening?: () => void;
}

const sameState = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const escapeHtml = (t: string): string => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><meta charset="utf-8"><title>Warden</title><p>${escapeHtml(text)}</p>`);
}

/** Reads the callback's query: a denied consent, a wrong `state`, or the code. */
export function readCallback(query: URLSearchParams, state: string): CallbackResult {
  const error = query.get('error');
  const given = query.get('state') ?? '';
  if (!sameState(given, state)) return { ok: false, reason: 'the answer does not carry the state this sign-in sent (an old tab or a forged link): nothing was stored' };
  if (error) {
    const code = /^[a-z_]{1,40}$/.test(error) ? error : 'error';
        if (code === 'access_denied') return { ok: false, reason: 'consent was denied in Webex (access_denied): nothing was stored' };
    // invalid_scope: the integration lacks a scope Warden asks for (README lists them).
    return { ok: false, reason: `Webex answered ${code}${code === 'invalid_scope' ? ' (tick every scope the README lists on the integration)' : ''}: nothing was stored` };
  }
  const code = query.get('code');
  return code ? { ok: true, code } : { ok: false, reason: 'the answer holds no code: nothing was stored' };
}

function hostsOf(hostname: string): string[] {
  const bare = hostname.replace(/^\[|\]$/g, '');
  // A browser may take localhost to either loopback address.
  return bare === 'localhost' ? ['127.0.0.1', '::1'] : [bare];
}

/**
 * Listens on the redirect URI for the one answer of this sign-in, answers the browser with a short
 * page, and stops. Any other path is a 404 and is not the answer. Gives up after timeoutMs.
 */
export async function waitForCallback(o: CallbackOptions): Promise<CallbackResult> {
  const target = new URL(o.redirectUri);
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  let settle: (r: CallbackResult) => void = () => undefined;
  const result = new Promise<CallbackResult>((resolve) => (settle = resolve));
  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' || url.pathname !== target.pathname) return page(res, 404, 'Not found.');
    const r = readCallback(url.searchParams, o.state);
    page(res, r.ok ? 200 : 400, r.ok ? 'Warden received the sign-in. You can close this tab and return to the terminal.' : `Warden: ${r.reason}.`);
    settle(r);
  };
  const servers: http.Server[] = [];
  for (const [i, host] of hostsOf(target.hostname).entries()) {
    const server = http.createServer(handler);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      servers.push(server);
    } catch (err) {
      // The second loopback address (::1) may not exist on this machine; the first must work.
      if (i === 0) throw new Error(`cannot listen on ${target.host} (${(err as NodeJS.ErrnoException).code ?? 'error'}): free the port or change OAUTH_REDIRECT_URI`);
    }
  }
  const timer = setTimeout(() => settle({ ok: false, reason: `no answer from the browser within ${o.timeoutMs / 1000} s: nothing was stored` }), o.timeoutMs);
  o.onListening?.();
  try {
    return await result;
  } finally {
    clearTimeout(timer);
    for (const s of servers) {
      // The browser's page is already written; idle keep-alive sockets must not hold the process.
      s.close();
      s.closeIdleConnections();
    }
  }
}
