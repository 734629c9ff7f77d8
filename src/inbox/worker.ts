import type { Logger } from '../log/logger.js';
import type { InboxRepo } from '../store/inbox-repo.js';
import type { Backoff } from './backoff-delay.js';
import { errorReason } from './error-reason.js';
import { recordOutcome, type WorkOutcome } from './record-outcome.js';
import type { InboxHandler, InboxRow, WorkContext } from './types.js';

export type { WorkOutcome } from './record-outcome.js';

export interface InboxWorkerOptions {
  readonly repo: Pick<InboxRepo, 'claimDue' | 'complete' | 'retryLater' | 'fail' | 'release' | 'requeueProcessing'>;
  readonly handle: InboxHandler;
  readonly logger: Logger;
  /** Rows worked on at once. */
  readonly concurrency?: number;
  /** How often the inbox is looked at when nobody kicks the worker (retries coming due). */
  readonly pollMs?: number;
  readonly backoff?: Partial<Backoff>;
  /** The clock used for due times; tests pass their own. */
  readonly now?: () => number;
  readonly random?: () => number;
  /** Called once a row's outcome is stored (metrics, tests). */
  readonly onSettled?: (row: InboxRow, outcome: WorkOutcome) => void;
}

export interface InboxWorker {
  /** Puts rows a crash left 'processing' back to pending, then starts draining. */
  start(): void;
  /** Look at the inbox now (the receiver calls it after storing an event). */
  kick(): void;
  /** Stops claiming, waits up to graceMs for work in hand; what is unfinished goes back to pending. */
  stop(graceMs: number): Promise<void>;
}

interface Job {
  readonly row: InboxRow;
  done: Promise<void>;
  /** Set when stop() gave up waiting: the row was released, so the late result is not written. */
  abandoned: boolean;
}

const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 10 * 60_000, maxAttempts: 8 };

export function createInboxWorker(options: InboxWorkerOptions): InboxWorker {
  const { repo, handle, logger } = options;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const pollMs = options.pollMs ?? 250;
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const jobs = new Map<number, Job>();
  let running = false;
  let timer: NodeJS.Timeout | undefined;

  function schedule(ms: number): void {
    if (!running) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
  }

  function tick(): void {
    timer = undefined;
    if (!running) return;
    try {
      const free = concurrency - jobs.size;
      if (free > 0) for (const row of repo.claimDue(free, now())) begin(row);
    } catch (err) {
      logger.error('could not claim inbox rows', { reason: errorReason(err) });
    }
    schedule(pollMs);
  }

  function begin(row: InboxRow): void {
    const ctx: WorkContext = {
      eventId: row.dedupeKey,
      logger: logger.child({ eventId: row.dedupeKey, source: row.source, attempt: row.attempts }),
      attempt: row.attempts,
    };
    const job: Job = { row, done: Promise.resolve(), abandoned: false };
    jobs.set(row.id, job);
    job.done = run(job, ctx).finally(() => {
      if (jobs.get(row.id) === job) jobs.delete(row.id);
      if (running) schedule(0);
    });
  }

  /** Runs the handler; a failure is returned, not thrown, so that `undefined` thrown still counts. */
  async function attempt(row: InboxRow, ctx: WorkContext): Promise<{ error: unknown } | undefined> {
    if (ctx.attempt > backoff.maxAttempts) {
      // Only crashes and kills bring a row here (each claim counts): one that takes the process down is not replayed forever.
      return { error: new Error(`interrupted ${ctx.attempt - 1} times without finishing`) };
    }
    try {
      await handle(row, ctx);
      return undefined;
    } catch (error) {
      return { error };
    }
  }

  async function run(job: Job, ctx: WorkContext): Promise<void> {
    const failure = await attempt(job.row, ctx);
    if (job.abandoned) return;
    try {
      const outcome = recordOutcome({ repo, backoff, now, random }, job.row, ctx, failure);
      options.onSettled?.(job.row, outcome);
    } catch (err) {
      ctx.logger.error('could not record the outcome of an event; it will be replayed', { reason: errorReason(err) });
    }
  }

  async function drain(graceMs: number): Promise<void> {
    let timeout: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timeout = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...jobs.values()].map((j) => j.done)), grace]);
    clearTimeout(timeout);
    for (const job of jobs.values()) {
      job.abandoned = true;
      try {
        repo.release(job.row.id);
      } catch (err) {
        // Left 'processing': requeueProcessing() at the next start puts it back all the same.
        logger.warn('could not release an unfinished event', { eventId: job.row.dedupeKey, reason: errorReason(err) });
      }
    }
    if (jobs.size > 0) logger.warn('stopped with events unfinished; they stay in the inbox', { count: jobs.size });
    jobs.clear();
  }

  return {
    start() {
      if (running) return;
      const replayed = repo.requeueProcessing();
      if (replayed > 0) logger.info('replaying events interrupted by a stop or crash', { count: replayed });
      running = true;
      schedule(0);
    },
    kick() {
      if (running) schedule(0);
    },
    async stop(graceMs) {
      if (!running) return;
      running = false;
      clearTimeout(timer);
      await drain(graceMs);
    },
  };
}
