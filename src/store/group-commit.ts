import type { Store } from './open-store.js';

/** Runs a write (one statement, or a transaction of its own) and resolves once it is committed. */
export type Committer = <T>(write: () => T) => Promise<T>;

/** The committer without grouping: each write on its own, at once. */
export const commitAtOnce: Committer = async (write) => write();

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: writes asked for in the same turn of the event loop run in one transaction, so
 * they share one disk flush (synchronous=FULL costs a flush per commit); each caller resumes only
 * once its write is committed, with its own result or error. A write that fails on its own (a
 * constraint) is undone alone: a statement, or a nested transaction's savepoint; the others still
 * commit. An error that makes SQLite abandon the whole transaction (disk full, I/O) fails every
 * write of the batch with that error, and none after it runs outside a transaction.
 */
export function groupCommit(store: Pick<Store, 'transaction' | 'db'>): Committer {
  let batch: Array<{ write: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void }> = [];

  const flush = (): void => {
    const taken = batch;
    batch = [];
    const outcomes: Outcome[] = [];
    try {
      store.transaction(() => {
        for (const w of taken) {
          try {
            outcomes.push({ ok: true, value: w.write() });
          } catch (error) {
            // SQLite rolled the whole batch back: nothing of it stands, so nobody may be told it does.
            if (!store.db.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const w of taken) w.reject(error);
      return;
    }
    taken.forEach((w, i) => {
      const o = outcomes[i] as Outcome;
      if (o.ok) w.resolve(o.value);
      else w.reject(o.error);
    });
  };

  return <T>(write: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (batch.length === 0) setImmediate(flush);
      batch.push({ write, resolve: resolve as (value: unknown) => void, reject });
    });
}
