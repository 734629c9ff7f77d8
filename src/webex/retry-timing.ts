/** Waits the client takes between tries: Webex's `Retry-After`, or its own jittered backoff. */

const DEFAULT_RETRY_AFTER_MS = 1000;
const MAX_BACKOFF_MS = 30_000;

/**
 * `Retry-After` in milliseconds: seconds (what Webex sends, webex-api.md §8) or an HTTP date;
 * 1 s when absent or unreadable, never more than `capSeconds`.
 */
export function retryAfterMs(header: string | undefined, capSeconds: number, now = Date.now()): number {
  const capMs = capSeconds * 1000;
  if (header === undefined || header.trim() === '') return Math.min(DEFAULT_RETRY_AFTER_MS, capMs);
  const text = header.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    ms = Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : at - now;
  }
  return Math.min(Math.max(ms, 0), capMs);
}

/**
 * Exponential backoff with jitter for the n-th retry (n ≥ 1): between half and all of
 * base·2^(n-1), so that clients hit by the same outage do not come back in step.
 */
export function backoffMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** Math.max(retry - 1, 0), MAX_BACKOFF_MS);
  return ceiling / 2 + random() * (ceiling / 2);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
