import type { IncomingHttpHeaders } from 'node:http';
import type { Core } from '../core.js';
import type { EmuPerson } from '../types.js';

export interface Req {
  method: string;
  /** Path inside the API (no `/v1`, no query). */
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** `http://host:port` as the client addressed us: Link URLs are built on it. */
  origin: string;
  caller: EmuPerson | undefined;
}

export interface AuthedReq extends Req {
  caller: EmuPerson;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (core: Core, req: AuthedReq, params: Record<string, string>) => Reply | Promise<Reply>;
export type PublicHandler = (core: Core, req: Req, params: Record<string, string>) => Reply | Promise<Reply>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler | PublicHandler;
  open: boolean;
}

/** Minimal method + `/path/:param` router; the emulator's routes need nothing more. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, handler: Handler): void {
    this.routes.push({ ...compile(path), method, handler, open: false });
  }

  /** A route that needs no bearer token (e.g. POST /access_token). */
  addOpen(method: string, path: string, handler: PublicHandler): void {
    this.routes.push({ ...compile(path), method, handler, open: true });
  }

  match(method: string, path: string): { handler: Handler | PublicHandler; params: Record<string, string>; open: boolean } | undefined {
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const m = r.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1] ?? '')));
      return { handler: r.handler, params, open: r.open };
    }
    return undefined;
  }
}

function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}/?$`), names };
}
