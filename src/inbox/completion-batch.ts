import type { Logger } from '../log/logger.js';
import type { InboxRepo } from '../store/inbox-repo.js';
import { errorReason } from './error-reason.js';

export interface TakenCompletions {
  readonly ids: number[];
  /** Tells every waiter whether its row is now stored as done. */
  settle(ok: boolean): void;
}

export interface CompletionBatch {
  /** Marks the row done with the next batch; resolves true once that is stored, false if it failed. */
  add(id: number): Promise<boolean>;
  /** Hands the pending completions to a caller that stores them (with a claim, in one transaction). */
  take(): TakenCompletions;
  /** Stores every pending completion now, on its own (at stop). */
  flush(): void;
  readonly size: number;
}

/**
 * Rows finished close together are marked done in one transaction: with synchronous=FULL each
 * commit waits for the disk, and one wait per row was a third of the backlog's time (bench).
 * A crash before the batch is stored only means its rows are handled again, which every handler
 * allows (alerts are unique per subject and rule, presses are claimed once).
 */
export function completionBatch(repo: Pick<InboxRepo, 'complete'> & Partial<Pick<InboxRepo, 'completeMany'>>, logger: Logger): CompletionBatch {
  let pending: Array<{ id: number; resolve: (ok: boolean) => void }> = [];

  const take = (): TakenCompletions => {
    const batch = pending;
    pending = [];
    return { ids: batch.map((p) => p.id), settle: (ok) => batch.forEach((p) => p.resolve(ok)) };
  };

  return {
    add: (id) => new Promise((resolve) => pending.push({ id, resolve })),
    take,
    flush() {
      const batch = take();
      if (batch.ids.length === 0) return;
      try {
        if (repo.completeMany) repo.completeMany(batch.ids);
        else for (const id of batch.ids) repo.complete(id);
        batch.settle(true);
      } catch (err) {
        logger.error('could not mark events done; they will be replayed', { count: batch.ids.length, reason: errorReason(err) });
        batch.settle(false);
      }
    },
    get size() {
      return pending.length;
    },
  };
}
