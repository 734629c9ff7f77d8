import type { InboxRepo } from '../store/inbox-repo.js';
import { backoffDelay, type Backoff } from './backoff-delay.js';
import { errorReason } from './error-reason.js';
import { isRetryable } from './is-retryable.js';
import type { InboxRow, WorkContext } from './types.js';

export type WorkOutcome = 'done' | 'retry' | 'failed';

export interface OutcomeDeps {
  readonly repo: Pick<InboxRepo, 'complete' | 'retryLater' | 'fail'>;
  readonly backoff: Backoff;
  readonly now: () => number;
  readonly random: () => number;
}

/**
 * Stores how an attempt ended: done; back to pending after a jittered backoff (at most
 * backoff.maxMs) when the failure is transient, however long that lasts — an outage of Webex or
 * an expired token must not lose the events in hand (SPEC §5); otherwise failed, with a warning.
 * Only the error's redacted message is kept, so no token or payload ends up in the database or the log.
 */
export function recordOutcome(deps: OutcomeDeps, row: InboxRow, ctx: WorkContext, failure?: { error: unknown }): WorkOutcome {
  const { repo, backoff, now } = deps;
  if (!failure) {
    repo.complete(row.id, now());
    ctx.logger.debug('event handled');
    return 'done';
  }
  const reason = errorReason(failure.error);
  const transient = isRetryable(failure.error);
  if (transient) {
    const delayMs = backoffDelay(ctx.attempt, backoff, deps.random);
    repo.retryLater(row.id, now() + delayMs, reason);
    const still = ctx.attempt >= backoff.maxAttempts;
    ctx.logger[still ? 'warn' : 'info'](still ? 'event still failing; it stays in the inbox and is retried' : 'event will be retried', { delayMs, reason, attempts: ctx.attempt });
    return 'retry';
  }
  repo.fail(row.id, reason, now());
  ctx.logger.warn('event failed and will not be retried', { reason, transient, attempts: ctx.attempt });
  return 'failed';
}
