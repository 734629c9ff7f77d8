import type { Db } from './open-store.js';

/**
 * A test-only hook: every open file store by its path, so that a test can make a running app's
 * database full (SQLite's max_page_count) without a small disk, and make room again.
 */
const open = new Map<string, Db>();

export function trackOpenStore(file: string, db: Db): void {
  open.set(file, db);
}

export function untrackOpenStore(file: string): void {
  open.delete(file);
}

const FILLER = 'test_disk_full_filler';
const FILLER_KEY = 'test-disk-full-filler';

/** Inserts rows of halving sizes until not even one byte fits. */
function fillUp(insert: (size: number, n: number) => void): void {
  let n = 0;
  for (let size = 64 * 1024; size >= 1; n++) {
    try {
      insert(size, n);
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_FULL') throw err;
      size = Math.floor(size / 2);
    }
  }
}

/**
 * Makes the store at `file` full, as on a full disk: it may not grow (max_page_count), and the
 * room left inside it is taken — free pages by a filler table, the free space of the inbox's own
 * pages by filler rows marked done (never claimed) — so a write that adds an event fails with
 * SQLITE_FULL. Returns how to make room again.
 */
export function capStoreGrowth(file: string): () => void {
  const db = open.get(file);
  if (!db) throw new Error(`no store is open at ${file}`);
  const before = db.pragma('max_page_count', { simple: true }) as number;
  db.exec(`CREATE TABLE IF NOT EXISTS ${FILLER} (b BLOB)`);
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const blob = db.prepare(`INSERT INTO ${FILLER} (b) VALUES (zeroblob(?))`);
  fillUp((size) => blob.run(size));
  const row = db.prepare(
    `INSERT INTO inbox (dedupe_key, source, resource, event, payload, received_at, next_attempt_at, status, done_at)
     VALUES (?, 'events', 'filler', 'filler', zeroblob(?), 0, 0, 'done', 9e15)`,
  );
  fillUp((size, n) => row.run(`${FILLER_KEY}-${n}`, size));
  return () => {
    if (open.get(file) !== db) return;
    db.pragma(`max_page_count = ${before}`);
    db.exec(`DROP TABLE ${FILLER}`);
    db.prepare(`DELETE FROM inbox WHERE dedupe_key LIKE '${FILLER_KEY}-%'`).run();
  };
}
