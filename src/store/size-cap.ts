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

/**
 * Lets the store at `file` grow by at most `extraPages` pages: past that every write that needs a
 * new page fails with SQLITE_FULL, as on a full disk. Returns how to lift the cap.
 */
export function capStoreGrowth(file: string, extraPages = 0): () => void {
  const db = open.get(file);
  if (!db) throw new Error(`no store is open at ${file}`);
  const before = db.pragma('max_page_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages + extraPages}`);
  return () => {
    if (open.get(file) === db) db.pragma(`max_page_count = ${before}`);
  };
}
