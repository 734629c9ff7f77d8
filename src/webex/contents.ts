import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import { fileNameOf } from './content-disposition.js';
import { backoffMs, retryAfterMs, sleep } from './retry-timing.js';
import { tokenQueue, type TokenQueue } from './token-queue.js';
import type { TokenProvider } from './types.js';
import { WebexApiError } from './webex-api-error.js';

/** What HEAD told about a file (webex-api.md §13). */
export interface ContentInfo {
  name?: string;
  type?: string;
  size?: number;
}

/** Why a file was not read. None of these is retried: each is Webex's final word on the file. */
export type NotReadReason = 'too-large' | 'blocked' | 'unscannable' | 'still-scanning' | 'not-found' | 'foreign-url';

export type ContentResult = ({ kind: 'read'; bytes: Buffer } | { kind: 'not-read'; reason: NotReadReason }) & { info: ContentInfo };

export interface ContentsOptions {
  baseUrl: string;
  tokens: TokenProvider;
  logger: Logger;
  /** How many 423 answers (still being scanned for malware) one file may sit through. */
  maxLockWaits: number;
  /** The longest single wait on a 423's or 429's Retry-After. */
  maxRetryAfterSeconds: number;
  timeoutMs?: number;
  /** Retries after a 5xx, timeout or network error before the event goes back to the inbox. */
  maxRetries?: number;
  backoffBaseMs?: number;
  metrics?: Pick<Metrics, 'webexRequest' | 'webexRateLimited' | 'webexRetry'>;
  label?: string;
}

export interface ContentsApi {
  /** HEAD then GET of a message's file URL with the compliance token; at most `maxBytes` are read. */
  read(fileUrl: string, maxBytes: number): Promise<ContentResult>;
}

interface Answer {
  status: number;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

const TERMINAL: Record<number, NotReadReason> = { 404: 'not-found', 410: 'blocked', 428: 'unscannable' };

/** The file URL is absolute (`…/v1/contents/{id}`); the token goes only to the configured API. */
function isOurs(fileUrl: string, base: URL): URL | undefined {
  let url: URL;
  try {
    url = new URL(fileUrl);
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  const ok = url.origin === base.origin && url.pathname.startsWith(`${basePath}/contents/`) && !url.pathname.slice(basePath.length).includes('..');
  return ok ? url : undefined;
}

function infoOf(headers: Headers): ContentInfo {
  const size = Number.parseInt(headers.get('content-length') ?? '', 10);
  const name = fileNameOf(headers.get('content-disposition') ?? undefined);
  const type = headers.get('content-type') ?? undefined;
  return { ...(name ? { name } : {}), ...(type ? { type } : {}), ...(Number.isFinite(size) ? { size } : {}) };
}

/**
 * Reads at most `max` bytes of a body into one block of memory of its own (sized by
 * Content-Length when Webex sends it, which it does for files), so the bytes are held once and can
 * be handed to the extraction worker as they are. Undefined as soon as the body holds more than
 * `max` (the rest is never read).
 */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number, declared: number | undefined): Promise<Buffer | undefined> {
  if (!body) return Buffer.alloc(0);
  let block = Buffer.allocUnsafeSlow(Math.min(max, declared ?? 64 * 1024));
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > max) {
      await reader.cancel();
      return undefined;
    }
    if (total + value.byteLength > block.length) {
      // Longer than announced (or not announced): grow, at most to the cap.
      const grown = Buffer.allocUnsafeSlow(Math.min(max, Math.max(total + value.byteLength, block.length * 2)));
      block.copy(grown, 0, 0, total);
      block = grown;
    }
    block.set(value, total);
    total += value.byteLength;
  }
  return total === block.length ? block : Buffer.from(block.buffer, 0, total);
}

/**
 * `/contents/{id}` (webex-api.md §13): HEAD first (name, type, size: a file over the limit is
 * never downloaded), then GET, streamed with a byte cap. 423 (still being scanned) waits its
 * Retry-After a bounded number of times; 410 (infected), 428 (unscannable, e.g. encrypted) and
 * 404 are final. 429 pauses the token's whole queue as every other call does; 5xx and timeouts get
 * a few backoff retries, then a transient error sends the event back to the inbox.
 */
export function createContentsApi(options: ContentsOptions): ContentsApi {
  const base = new URL(`${options.baseUrl.replace(/\/+$/, '')}/`);
  const queue: TokenQueue = tokenQueue(options.tokens);
  const label = options.label ?? 'compliance';
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxRetries = options.maxRetries ?? 3;
  // Logs and errors name the endpoint, not the file id.
  const pathOf = (_url: URL) => '/contents/{id}';

  async function attempt(method: 'HEAD' | 'GET', url: URL, signal: AbortSignal): Promise<Answer> {
    const token = await options.tokens.getToken();
    const res = await fetch(url, { method, headers: { authorization: `Bearer ${token}` }, signal });
    options.metrics?.webexRequest({ token: label, method, path: '/contents/{id}', status: res.status });
    if (res.status === 401 && (await options.tokens.invalidate(token))) {
      await res.body?.cancel();
      return attempt(method, url, signal);
    }
    return { status: res.status, headers: res.headers, body: res.body };
  }

  /** One exchange until an answer that is not a wait: returns the answer with its body unread. */
  async function exchange(method: 'HEAD' | 'GET', url: URL, signal: AbortSignal): Promise<Answer> {
    let locks = 0;
    let retries = 0;
    for (;;) {
      let answer: Answer;
      try {
        answer = await queue.run(() => attempt(method, url, signal));
      } catch (cause) {
        if (retries >= maxRetries || signal.aborted) {
          const timedOut = signal.aborted || (cause instanceof Error && cause.name === 'TimeoutError');
          throw new WebexApiError({ code: timedOut ? 'WEBEX_TIMEOUT' : 'WEBEX_NETWORK', method, path: pathOf(url), transient: true, cause });
        }
        retries += 1;
        await sleep(backoffMs(retries, options.backoffBaseMs ?? 250));
        continue;
      }
      const { status } = answer;
      if (status === 423 && locks < options.maxLockWaits) {
        // The file is being scanned for malware: only this file waits, not the token's queue.
        locks += 1;
        await answer.body?.cancel();
        await sleep(retryAfterMs(answer.headers.get('retry-after') ?? undefined, options.maxRetryAfterSeconds));
        continue;
      }
      if (status === 429) {
        await answer.body?.cancel();
        options.metrics?.webexRateLimited(label);
        queue.pauseFor(retryAfterMs(answer.headers.get('retry-after') ?? undefined, options.maxRetryAfterSeconds));
        continue;
      }
      if (status >= 500 && retries < maxRetries) {
        await answer.body?.cancel();
        retries += 1;
        options.metrics?.webexRetry(label);
        await sleep(backoffMs(retries, options.backoffBaseMs ?? 250));
        continue;
      }
      return answer;
    }
  }

  function verdict(method: string, url: URL, answer: Answer): NotReadReason | undefined {
    if (answer.status === 423) return 'still-scanning';
    const terminal = TERMINAL[answer.status];
    if (terminal) return terminal;
    if (answer.status >= 400) {
      throw new WebexApiError({
        code: 'WEBEX_HTTP', method, path: pathOf(url), status: answer.status,
        trackingId: answer.headers.get('trackingid') ?? undefined, transient: answer.status >= 500 || answer.status === 429,
      });
    }
    return undefined;
  }

  return {
    async read(fileUrl, maxBytes) {
      const url = isOurs(fileUrl, base);
      if (!url) return { kind: 'not-read', reason: 'foreign-url', info: {} };
      const signal = AbortSignal.timeout(timeoutMs);
      const head = await exchange('HEAD', url, signal);
      await head.body?.cancel();
      const info = infoOf(head.headers);
      const headVerdict = verdict('HEAD', url, head);
      if (headVerdict) return { kind: 'not-read', reason: headVerdict, info };
      if (info.size !== undefined && info.size > maxBytes) return { kind: 'not-read', reason: 'too-large', info };
      const got = await exchange('GET', url, signal);
      const getVerdict = verdict('GET', url, got);
      if (getVerdict) {
        await got.body?.cancel();
        return { kind: 'not-read', reason: getVerdict, info };
      }
      let bytes: Buffer | undefined;
      try {
        bytes = await readCapped(got.body, maxBytes, infoOf(got.headers).size);
      } catch (cause) {
        throw new WebexApiError({ code: signal.aborted ? 'WEBEX_TIMEOUT' : 'WEBEX_NETWORK', method: 'GET', path: pathOf(url), transient: true, cause });
      }
      if (!bytes) return { kind: 'not-read', reason: 'too-large', info };
      options.logger.debug('file downloaded', { bytes: bytes.length });
      return { kind: 'read', bytes, info: { ...info, ...infoOf(got.headers), size: bytes.length } };
    },
  };
}
