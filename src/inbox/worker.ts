import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import type { InboxRepo } from '../store/inbox-repo.js';
import type { Backoff } from './backoff-delay.js';
import { completionBatch } from './completion-batch.js';
import { errorReason } from './error-reason.js';
import { recordOutcome, type WorkOutcome } from './record-outcome.js';
import type { InboxHandler, InboxRow, WorkContext } from './types.js';

export type { WorkOutcome } from './record-outcome.js';

export interface InboxWorkerOptions {
  readonly repo: Pick<InboxRepo, 'claimDue' | 'complete' | 'retryLater' | 'fail' | 'release' | 'requeueProcessing'> &
    Partial<Pick<InboxRepo, 'completeMany' | 'completeAndClaim' | 'retryNow'>>;
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
  /** Counts outcomes by source. */
  readonly metrics?: Pick<Metrics, 'eventSettled'>;
  /**
   * Empties the store's write-ahead log (Store.checkpoint), run when the inbox goes idle after
   * rows were handled, at most every checkpointEveryMs: the text the inbox strips from a handled
   * event is then gone from the log too, not only from the database file.
   */
  readonly checkpoint?: () => boolean;
  readonly checkpointEveryMs?: number;
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
/**
 * Rows in hand at once. Most events offend nothing and are done within the turn that claimed them;
 * the rest wait on Webex, whose requests each token's queue bounds (8 in flight), so many rows in
 * hand cost no more calls at once. Claiming 256 per turn rather than 16 (one transaction each)
 * made the backlog 23% faster (`npm run bench -- --backlog-only`: 1,898 → 2,333 events/s).
 */
export const DEFAULT_WORKER_CONCURRENCY = 256;
/** While rows are in hand, finished ones are stored at most this late, so several share a commit. */
const BATCH_DELAY_MS = 5;
/** A checkpoint waits on the disk; once a minute bounds how long stripped text stays in the log. */
const CHECKPOINT_EVERY_MS = 60_000;

export function createInboxWorker(options: InboxWorkerOptions): InboxWorker {
  const { repo, handle, logger } = options;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_WORKER_CONCURRENCY);
  const pollMs = options.pollMs ?? 250;
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const jobs = new Map<number, Job>();
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let dueAt = Infinity;
  const completions = completionBatch(repo, logger);
  /**
   * Rows left 'processing' because their outcome could not be written (disk full, I/O error):
   * put back to pending as soon as the store takes writes again, without waiting for a restart.
   */
  const stranded = new Set<number>();
  const checkpointEveryMs = options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS;
  let handledSinceCheckpoint = false;
  let lastCheckpointAt = 0;

  /** Looks at the inbox in `ms`, unless a look is already due sooner. */
  function schedule(ms: number): void {
    if (!running) return;
    const at = Date.now() + ms;
    if (timer && at >= dueAt) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(tick, ms);
  }

  /** Stores the rows finished since the last look as done and claims as many as there are free slots. */
  function settleAndClaim(ids: number[], free: number): InboxRow[] {
    if (repo.completeAndClaim) return repo.completeAndClaim(ids, free, now());
    completions.flush();
    return free > 0 ? repo.claimDue(free, now()) : [];
  }

  /** Stranded rows back to pending, due now; false while the store still refuses. */
  function requeueStranded(): boolean {
    for (const id of stranded) {
      try {
        repo.retryLater(id, now(), 'its outcome could not be stored; handled again');
        stranded.delete(id);
      } catch {
        return false;
      }
    }
    return true;
  }

  function maybeCheckpoint(): void {
    if (!options.checkpoint || !handledSinceCheckpoint || jobs.size > 0 || Date.now() - lastCheckpointAt < checkpointEveryMs) return;
    try {
      if (options.checkpoint()) handledSinceCheckpoint = false;
    } catch (err) {
      logger.warn('could not checkpoint the store', { reason: errorReason(err) });
    }
    lastCheckpointAt = Date.now();
  }

  function tick(): void {
    timer = undefined;
    dueAt = Infinity;
    if (!running) return;
    if (stranded.size > 0 && !requeueStranded()) {
      schedule(pollMs);
      return;
    }
    const done = repo.completeAndClaim ? completions.take() : { ids: [], settle: () => undefined };
    try {
      const rows = settleAndClaim(done.ids, concurrency - jobs.size);
      done.settle(true);
      if (done.ids.length > 0) handledSinceCheckpoint = true;
      for (const row of rows) begin(row);
      if (rows.length === 0) maybeCheckpoint();
    } catch (err) {
      done.settle(false);
      // Their handling is over but "done" was not stored: they are handled again once the store
      // takes writes (every handler allows a repeat).
      for (const id of done.ids) stranded.add(id);
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
      if (running) schedule(jobs.size > 0 ? BATCH_DELAY_MS : 0);
    });
  }

  /** Runs the handler; a failure is returned, not thrown, so that `undefined` thrown still counts. */
  async function attempt(row: InboxRow, ctx: WorkContext): Promise<{ error: unknown } | undefined> {
    if (row.unsettled > backoff.maxAttempts) {
      // Only crashes and kills bring a row here (a recorded outcome resets the count): one that
      // takes the process down is not replayed forever.
      return { error: new Error(`interrupted ${row.unsettled - 1} times without finishing`) };
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
      let deferred: Promise<boolean> | undefined;
      const outcomeRepo = { ...repo, complete: (id: number) => void (deferred = completions.add(id)) };
      const outcome = recordOutcome({ repo: outcomeRepo, backoff, now, random }, job.row, ctx, failure);
      const settled = (): void => {
        options.metrics?.eventSettled(job.row.source, outcome);
        options.onSettled?.(job.row, outcome);
      };
      // The slot is free at once; "done" is stored with the next look at the inbox.
      if (deferred) void deferred.then((ok) => ok && settled());
      else settled();
    } catch (err) {
      stranded.add(job.row.id);
      ctx.logger.error('could not record the outcome of an event; it will be replayed', { reason: errorReason(err) });
    }
  }

  async function drain(graceMs: number): Promise<void> {
    let timeout: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timeout = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...jobs.values()].map((j) => j.done)), grace]);
    clearTimeout(timeout);
    completions.flush();
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
      // A restart is how an admin applies a fix (a new credential, room on the disk): what was
      // waiting for a retry is tried at once rather than at the end of its backoff.
      const waiting = repo.retryNow?.(now()) ?? 0;
      if (waiting > 0) logger.info('retrying events that were waiting', { count: waiting });
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
