import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import type { TokenProvider } from './types.js';
import type { TokenQueue } from './token-queue.js';
import { sendOnce, type Attempt, type OutgoingRequest, type RawResponse } from './send-once.js';
import { backoffMs, retryAfterMs, sleep } from './retry-timing.js';
import { WebexApiError } from './webex-api-error.js';

export interface RetryContext {
  tokens: TokenProvider;
  queue: TokenQueue;
  log: Logger;
  timeoutMs: number;
  maxRetries: number;
  backoffBaseMs: number;
  maxRateLimitWaits: number;
  maxRetryAfterSeconds: number;
  /** The client's label (`bot`, `compliance`): the `token` label of the metrics. */
  label?: string;
  metrics?: Pick<Metrics, 'webexRequest' | 'webexRateLimited' | 'webexRetry'>;
  /** The path as logs and errors show it: no base, no query (queries can hold emails). */
  pathOf(url: URL): string;
}

interface Budget {
  retries: number;
  waits: number;
  reauthorized: boolean;
}

type Step = 'done' | 'again';

/**
 * Sends one request through the token's queue until it succeeds or the rules of webex-api.md §8
 * say stop: 429/423 pause the whole queue for Retry-After; 5xx, timeouts and network errors get
 * jittered backoff (POST only when the caller says it is idempotent, or a message could be
 * posted twice); a 401 asks the token provider once for a new token; other 4xx end at once.
 */
export async function sendWithRetries(ctx: RetryContext, req: OutgoingRequest, idempotent?: boolean): Promise<RawResponse> {
  const budget: Budget = { retries: 0, waits: 0, reauthorized: false };
  const retryable = idempotent ?? req.method.toUpperCase() !== 'POST';
  let priority = 0;
  for (;;) {
    const attempt = await ctx.queue.run(() => attemptOnce(ctx, req), priority);
    if ((await decide(ctx, req, attempt, budget, retryable)) === 'done' && attempt.kind === 'response') return attempt.response;
    // A retry goes ahead of requests that have not had their first try yet.
    priority = 1;
  }
}

async function attemptOnce(ctx: RetryContext, req: OutgoingRequest): Promise<Attempt> {
  // The token is read inside the queue slot: after a long pause it may have been renewed.
  const token = await ctx.tokens.getToken();
  const started = Date.now();
  const attempt = await sendOnce(req, token, ctx.timeoutMs);
  ctx.metrics?.webexRequest({
    token: ctx.label ?? 'webex',
    method: req.method,
    path: ctx.pathOf(req.url),
    status: attempt.kind === 'response' ? attempt.response.status : attempt.kind,
  });
  ctx.log.debug('webex request', {
    method: req.method,
    path: ctx.pathOf(req.url),
    status: attempt.kind === 'response' ? attempt.response.status : attempt.kind,
    trackingId: attempt.kind === 'response' ? attempt.response.trackingId : undefined,
    durationMs: Date.now() - started,
  });
  return attempt;
}

async function decide(ctx: RetryContext, req: OutgoingRequest, a: Attempt, b: Budget, retryable: boolean): Promise<Step> {
  if (a.kind === 'response') {
    const { status } = a.response;
    if (status < 400) return 'done';
    if (status === 429 || status === 423) return waitOutRateLimit(ctx, req, a.response, b);
    if (status === 401 && !b.reauthorized) {
      b.reauthorized = true;
      if (await ctx.tokens.invalidate(a.token)) return 'again';
    }
    if (status < 500) throw errorOf(ctx, req, a, false);
  }
  if (!retryable || b.retries >= ctx.maxRetries) throw errorOf(ctx, req, a, true);
  b.retries += 1;
  ctx.metrics?.webexRetry(ctx.label ?? 'webex');
  const waitMs = backoffMs(b.retries, ctx.backoffBaseMs);
  ctx.log.warn('webex request failed; retrying', {
    method: req.method,
    path: ctx.pathOf(req.url),
    status: a.kind === 'response' ? a.response.status : a.kind,
    trackingId: a.kind === 'response' ? a.response.trackingId : undefined,
    retry: b.retries,
    waitMs: Math.round(waitMs),
  });
  await sleep(waitMs);
  return 'again';
}

function waitOutRateLimit(ctx: RetryContext, req: OutgoingRequest, res: RawResponse, b: Budget): Step {
  const attempt: Attempt = { kind: 'response', response: res, token: '' };
  if (b.waits >= ctx.maxRateLimitWaits) throw errorOf(ctx, req, attempt, true);
  b.waits += 1;
  ctx.metrics?.webexRateLimited(ctx.label ?? 'webex');
  const waitMs = retryAfterMs(res.headers['retry-after'], ctx.maxRetryAfterSeconds);
  ctx.queue.pauseFor(waitMs);
  ctx.log.warn('webex rate limit; pausing this token\'s queue', {
    method: req.method,
    path: ctx.pathOf(req.url),
    status: res.status,
    trackingId: res.trackingId,
    waitMs,
  });
  return 'again';
}

function errorOf(ctx: RetryContext, req: OutgoingRequest, a: Attempt, transient: boolean): WebexApiError {
  const base = { method: req.method, path: ctx.pathOf(req.url), transient };
  if (a.kind !== 'response') return new WebexApiError({ ...base, code: a.kind === 'timeout' ? 'WEBEX_TIMEOUT' : 'WEBEX_NETWORK', cause: a.cause });
  const message = (a.response.body as { message?: unknown } | undefined)?.message;
  return new WebexApiError({
    ...base,
    code: 'WEBEX_HTTP',
    status: a.response.status,
    trackingId: a.response.trackingId,
    webexMessage: typeof message === 'string' ? message.slice(0, 200) : undefined,
  });
}
