import { childLogger, type Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import type { Query, TokenProvider } from './types.js';
import { tokenQueue } from './token-queue.js';
import { paginate } from './paginate.js';
import { sendWithRetries, type RetryContext } from './send-with-retries.js';
import { serverClock } from './server-clock.js';

export interface WebexClientOptions {
  baseUrl: string;
  tokens: TokenProvider;
  logger: Logger;
  timeoutMs?: number;
  /** Retries after 5xx, timeouts and network errors (not counting 429/423 waits). */
  maxRetries?: number;
  /** Names the client in logs (`bot`, `compliance`). */
  label?: string;
  /** First backoff step; tests make it small. */
  backoffBaseMs?: number;
  /** How many 429/423 waits one request may sit through before it fails as transient. */
  maxRateLimitWaits?: number;
  maxRetryAfterSeconds?: number;
  /** Parallel requests per token; used by the first client made for a token provider. */
  concurrency?: number;
  /** Counts every exchange (by endpoint template and status), 429s and retries, under `label`. */
  metrics?: Pick<Metrics, 'webexRequest' | 'webexRateLimited' | 'webexRetry'>;
}

export interface RequestOptions {
  query?: Query;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Lets a POST be retried after a 5xx or timeout (only when sending it twice is harmless). */
  idempotent?: boolean;
  /** A download: read at most this many bytes of a successful answer, as text. */
  maxBodyBytes?: number;
}

export interface WebexResponse<T> {
  status: number;
  body: T;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  trackingId: string | undefined;
  /** True when the body was cut at `maxBodyBytes`. */
  truncated?: boolean;
}

export interface WebexClient {
  readonly baseUrl: string;
  readonly label: string;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<WebexResponse<T>>;
  /** One array per page, following `Link: rel="next"` as given, to the end. */
  paginate<T>(path: string, query?: Query): AsyncGenerator<T[]>;
  /** Every item of every page. */
  items<T>(path: string, query?: Query): Promise<T[]>;
  /** Webex's time minus this machine's, from the `Date` header of the last answer (src/webex/server-clock.ts). */
  serverOffsetMs(): number | undefined;
}

function retryContext(options: WebexClientOptions, base: URL, label: string): RetryContext {
  const basePath = base.pathname.replace(/\/$/, '');
  return {
    tokens: options.tokens,
    queue: tokenQueue(options.tokens, options.concurrency ?? 8),
    log: childLogger(options.logger, 'webex', { client: label }),
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRetries: options.maxRetries ?? 4,
    backoffBaseMs: options.backoffBaseMs ?? 250,
    maxRateLimitWaits: options.maxRateLimitWaits ?? 10,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 300,
    label,
    metrics: options.metrics,
    pathOf: (url) => (url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname) || '/',
  };
}

/** The low-level Webex client of one token: base URL, queue, retries, paging. */
export function createWebexClient(options: WebexClientOptions): WebexClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const base = new URL(`${baseUrl}/`);
  const label = options.label ?? 'webex';
  const ctx = retryContext(options, base, label);
  const clock = serverClock();

  const urlOf = (path: string, query?: Query): URL => {
    const url = new URL(path.replace(/^\/+/, ''), base);
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    return url;
  };

  const send = async <T>(method: string, url: URL, opts: RequestOptions = {}): Promise<WebexResponse<T>> => {
    const req = { method: method.toUpperCase(), url, json: opts.json, form: opts.form, headers: opts.headers, maxBodyBytes: opts.maxBodyBytes };
    const res = await sendWithRetries(ctx, req, opts.idempotent);
    clock.observe(res.headers['date']);
    return { status: res.status, body: res.body as T, headers: res.headers, trackingId: res.trackingId, ...(res.truncated ? { truncated: true } : {}) };
  };

  const pages = <T>(path: string, query?: Query): AsyncGenerator<T[]> => paginate<T>((url) => send('GET', url), urlOf(path, query), ctx.pathOf);

  return {
    baseUrl,
    label,
    request: (method, path, opts) => send(method, urlOf(path, opts?.query), opts),
    paginate: pages,
    serverOffsetMs: clock.offsetMs,
    async items<T>(path: string, query?: Query): Promise<T[]> {
      const all: T[] = [];
      for await (const page of pages<T>(path, query)) all.push(...page);
      return all;
    },
  };
}
