export interface Backoff {
  /** Delay before the second attempt; it doubles with each attempt after that. */
  readonly baseMs: number;
  /** Ceiling of the delay. */
  readonly maxMs: number;
  /** Attempts in all, the first included, before a row is marked failed. */
  readonly maxAttempts: number;
}

/**
 * How long to wait after failed attempt number `attempt` (1-based): exponential, capped, and
 * jittered to between half and all of it so that rows failed by one outage do not all come back
 * in the same instant.
 */
export function backoffDelay(attempt: number, backoff: Pick<Backoff, 'baseMs' | 'maxMs'>, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempt - 1);
  const full = Math.min(backoff.maxMs, backoff.baseMs * 2 ** exponent);
  return Math.round(full / 2 + (random() * full) / 2);
}
