import type { InboxItem } from '../inbox/types.js';

export interface BatchInbox {
  put(item: InboxItem): boolean;
  /** Stores several items in one transaction; for each, whether it was new. */
  putAll?(items: readonly InboxItem[]): boolean[];
}

/**
 * Group commit for the webhook routes. Each delivery is still answered only after a synchronous
 * transaction holding it has committed, but deliveries whose bodies finished in the same turn of
 * the event loop share that transaction, so a burst pays one disk flush instead of one each
 * (with synchronous=FULL a flush is about a millisecond and blocks the loop: bench, ingest).
 * Without putAll, each item is put on its own, at once.
 */
export function groupCommit(inbox: BatchInbox): (item: InboxItem) => Promise<boolean> {
  const putAll = inbox.putAll?.bind(inbox);
  if (!putAll) return async (item) => inbox.put(item);
  let batch: Array<{ item: InboxItem; resolve: (stored: boolean) => void; reject: (err: unknown) => void }> = [];

  const commit = (): void => {
    const taken = batch;
    batch = [];
    try {
      const stored = putAll(taken.map((b) => b.item));
      taken.forEach((b, i) => b.resolve(stored[i] === true));
    } catch (err) {
      for (const b of taken) b.reject(err);
    }
  };

  return (item) =>
    new Promise((resolve, reject) => {
      if (batch.length === 0) setImmediate(commit);
      batch.push({ item, resolve, reject });
    });
}
