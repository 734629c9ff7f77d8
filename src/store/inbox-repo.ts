import { ErrorCodes, WardenError } from '../errors.js';
import { dedupeKey } from '../inbox/dedupe-key.js';
import type { InboxItem, InboxRow, InboxSource, InboxStatus } from '../inbox/types.js';
import type { Store } from './open-store.js';

export type { InboxItem, InboxRow } from '../inbox/types.js';

/** The durable inbox: every event is written here before it is acknowledged or worked on. */
export interface InboxRepo {
  /** Stores the item under its dedupe key; false when that key was already there (a failed row's key takes the new copy). */
  put(item: InboxItem, now?: number): boolean;
  /** Stores every item in ONE transaction (one disk flush); for each, whether it was new. */
  putAll(items: readonly InboxItem[], now?: number): boolean[];
  /** putAll, counted: how many items were new. */
  putMany(items: readonly InboxItem[], now?: number): number;
  /** Pending rows due at `now`, the bot's first, then oldest first, marked 'processing' (and counted as an attempt) in one statement. */
  claimDue(limit: number, now: number): InboxRow[];
  complete(id: number, now?: number): void;
  /** complete() for several rows in one transaction. */
  completeMany(ids: readonly number[], now?: number): void;
  /** completeMany() then claimDue(), in one transaction: the worker's one disk flush per turn. */
  completeAndClaim(ids: readonly number[], limit: number, now: number): InboxRow[];
  /** Back to pending, due at `atMs`, with the reason of the failed attempt. */
  retryLater(id: number, atMs: number, error: string): void;
  fail(id: number, error: string, now?: number): void;
  /** A claimed row that was not worked to an end (shutdown): pending again, the attempt not counted. */
  release(id: number): void;
  /** At start: rows left 'processing' by a crash go back to 'pending'. Returns how many. */
  requeueProcessing(): number;
  /** Pending rows waiting for a retry are made due at `now` (at start: the admin may have fixed what they waited on). */
  retryNow(now: number): number;
  /** Rows not yet done: pending or processing. */
  depth(): number;
  /** Age of the oldest row not yet done, 0 when there is none. */
  oldestPendingAgeMs(now: number): number;
  get(dedupeKey: string): InboxRow | undefined;
  /** Forgets done rows finished before `beforeMs`; their keys no longer dedupe. Returns how many. */
  pruneDone(beforeMs: number): number;
}

interface RawRow {
  id: number;
  dedupe_key: string;
  source: string;
  resource: string;
  event: string;
  payload: string;
  received_at: number;
  status: string;
  attempts: number;
  unsettled: number;
  next_attempt_at: number;
  last_error: string | null;
  done_at: number | null;
}

function toRow(raw: RawRow): InboxRow {
  const source = raw.source as InboxSource;
  // The data id is the key's tail; resource and event are stored beside it, so no parsing guesswork.
  const prefix = dedupeKey({ source, resource: raw.resource, event: raw.event, dataId: '' });
  return {
    id: raw.id,
    dedupeKey: raw.dedupe_key,
    source,
    resource: raw.resource,
    event: raw.event,
    dataId: raw.dedupe_key.startsWith(prefix) ? raw.dedupe_key.slice(prefix.length) : '',
    payload: JSON.parse(raw.payload) as unknown,
    receivedAt: raw.received_at,
    status: raw.status as InboxStatus,
    attempts: raw.attempts,
    unsettled: raw.unsettled,
    nextAttemptAt: raw.next_attempt_at,
    lastError: raw.last_error,
    doneAt: raw.done_at,
  };
}

/** Lower goes first: the bot's deliveries (commands, presses) before the compliance stream. */
export function priorityOf(source: InboxSource): number {
  return source === 'bot-webhook' ? 0 : 1;
}

function prepare(store: Store) {
  const db = store.db;
  return {
    // A key held by a failed row takes the later copy: the event is worked on again, from the new
    // copy, rather than dropped as a repeat of an attempt that did not succeed.
    insert: db.prepare(
      `INSERT INTO inbox (dedupe_key, source, resource, event, payload, received_at, next_attempt_at, priority)
       VALUES (@key, @source, @resource, @event, @payload, @now, @now, @priority)
       ON CONFLICT (dedupe_key) DO UPDATE SET status = 'pending', source = excluded.source, payload = excluded.payload,
         received_at = excluded.received_at, next_attempt_at = excluded.next_attempt_at, priority = excluded.priority,
         attempts = 0, unsettled = 0, last_error = NULL, done_at = NULL
       WHERE inbox.status = 'failed'`,
    ),
    // The bot's own events (commands, card presses) first: an officer must not wait behind a
    // catch-up of the org's backlog. The index (status, priority, next_attempt_at) keeps this a walk.
    claim: db.prepare<[number, number], RawRow>(
      `UPDATE inbox SET status = 'processing', attempts = attempts + 1, unsettled = unsettled + 1
       WHERE id IN (SELECT id FROM inbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY priority, next_attempt_at, id LIMIT ?)
       RETURNING *`,
    ),
    // Once handled, a row keeps its key (it still catches repeats) but not the message's content:
    // a card number or key in the text must not outlive the event in the database.
    complete: db.prepare<[number, number]>(
      `UPDATE inbox SET status = 'done', done_at = ?, last_error = NULL, unsettled = 0,
         payload = CASE WHEN json_valid(payload) THEN json_remove(payload, '$.data.text', '$.data.markdown', '$.data.html', '$.data.attachments') ELSE '{}' END
       WHERE id = ?`,
    ),
    retry: db.prepare<[number, string, number]>(`UPDATE inbox SET status = 'pending', next_attempt_at = ?, last_error = ?, unsettled = 0 WHERE id = ?`),
    fail: db.prepare<[string, number, number]>(
      `UPDATE inbox SET status = 'failed', last_error = ?, done_at = ?, unsettled = 0,
         payload = CASE WHEN json_valid(payload) THEN json_remove(payload, '$.data.text', '$.data.markdown', '$.data.html', '$.data.attachments') ELSE '{}' END
       WHERE id = ?`,
    ),
    release: db.prepare<[number]>(
      `UPDATE inbox SET status = 'pending', attempts = MAX(attempts - 1, 0), unsettled = MAX(unsettled - 1, 0) WHERE id = ? AND status = 'processing'`,
    ),
    requeue: db.prepare(`UPDATE inbox SET status = 'pending' WHERE status = 'processing'`),
    dueNow: db.prepare<[number, number]>(`UPDATE inbox SET next_attempt_at = ? WHERE status = 'pending' AND next_attempt_at > ?`),
    depth: db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM inbox WHERE status IN ('pending', 'processing')`),
    oldest: db.prepare<[], { at: number | null }>(`SELECT MIN(received_at) AS at FROM inbox WHERE status IN ('pending', 'processing')`),
    get: db.prepare<[string], RawRow>(`SELECT * FROM inbox WHERE dedupe_key = ?`),
    known: db.prepare<[string], { n: number }>(`SELECT 1 AS n FROM inbox WHERE dedupe_key = ? AND status <> 'failed'`),
    prune: db.prepare<[number]>(`DELETE FROM inbox WHERE status = 'done' AND done_at < ?`),
  };
}

export function createInboxRepo(store: Store): InboxRepo {
  const sql = prepare(store);
  // better-sqlite3 throws a bare TypeError on a closed database; callers (the receiver) need a code.
  const open = (): void => {
    if (store.closed) throw new WardenError(ErrorCodes.STORE_CLOSED, 'the store is closed');
  };
  const insert = (item: InboxItem, now: number): boolean => {
    const key = dedupeKey(item);
    // Each poll reads its overlap (a minute of the org's traffic) again: an event already here
    // costs one index lookup, not a copy of its payload (a card's JSON is kilobytes).
    if (sql.known.get(key)) return false;
    const payload = JSON.stringify(item.payload ?? null);
    const { source, resource, event } = item;
    const priority = priorityOf(source);
    return sql.insert.run({ key, source, resource, event, payload, now, priority }).changes === 1;
  };
  // With synchronous=FULL every commit waits for the disk; a batch pays that wait once.
  const insertAll = store.db.transaction((items: readonly InboxItem[], now: number) => items.map((item) => insert(item, now)));
  const completeAll = store.db.transaction((ids: readonly number[], now: number) => {
    for (const id of ids) sql.complete.run(now, id);
  });
  const settleAndClaim = store.db.transaction((ids: readonly number[], limit: number, now: number): RawRow[] => {
    for (const id of ids) sql.complete.run(now, id);
    return limit > 0 ? sql.claim.all(now, limit) : [];
  });
  // RETURNING gives no order guarantee; hand rows out in the claim's order.
  const oldestFirst = (rows: RawRow[]): InboxRow[] =>
    rows.map(toRow).sort((a, b) => priorityOf(a.source) - priorityOf(b.source) || a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
  return {
    put(item, now = Date.now()) {
      open();
      return insert(item, now);
    },
    putAll(items, now = Date.now()) {
      open();
      return items.length === 0 ? [] : insertAll(items, now);
    },
    putMany(items, now = Date.now()) {
      open();
      return items.length === 0 ? 0 : insertAll(items, now).filter(Boolean).length;
    },
    claimDue(limit, now) {
      open();
      if (limit <= 0) return [];
      return oldestFirst(sql.claim.all(now, limit));
    },
    completeAndClaim(ids, limit, now) {
      open();
      if (ids.length === 0 && limit <= 0) return [];
      return oldestFirst(settleAndClaim(ids, limit, now));
    },
    complete(id, now = Date.now()) {
      open();
      sql.complete.run(now, id);
    },
    completeMany(ids, now = Date.now()) {
      open();
      if (ids.length > 0) completeAll(ids, now);
    },
    retryLater(id, atMs, error) {
      open();
      sql.retry.run(atMs, error, id);
    },
    fail(id, error, now = Date.now()) {
      open();
      sql.fail.run(error, now, id);
    },
    release(id) {
      open();
      sql.release.run(id);
    },
    requeueProcessing() {
      open();
      return sql.requeue.run().changes;
    },
    retryNow(now) {
      open();
      return sql.dueNow.run(now, now).changes;
    },
    depth() {
      open();
      return sql.depth.get()?.n ?? 0;
    },
    oldestPendingAgeMs(now) {
      open();
      const at = sql.oldest.get()?.at;
      return at == null ? 0 : Math.max(0, now - at);
    },
    get(key) {
      open();
      const raw = sql.get.get(key);
      return raw ? toRow(raw) : undefined;
    },
    pruneDone(beforeMs) {
      open();
      return sql.prune.run(beforeMs).changes;
    },
  };
}
