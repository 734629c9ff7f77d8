import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.js';
import { ErrorCodes, WardenError } from '../errors.js';
import { trackOpenStore, untrackOpenStore } from './size-cap.js';

export type Db = Database.Database;

export interface Store {
  readonly db: Db;
  readonly file: string;
  /** Runs fn in one synchronous transaction: all of it is durable, or none. */
  transaction<T>(fn: () => T): T;
  /**
   * Copies the write-ahead log into the database file and empties the log (wal_checkpoint
   * TRUNCATE), so that bytes overwritten since (a message's text the inbox stripped) are no
   * longer in the log either. False when a reader kept it from completing; try again later.
   */
  checkpoint(): boolean;
  close(): void;
  readonly closed: boolean;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < migrations.length; v++) {
    const step = migrations[v]!;
    // The pragma is a no-op inside a transaction, so it is switched around it.
    if (typeof step !== 'string') db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step);
      else {
        step.run(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${v + 1} would break ${broken.length} foreign keys`);
      }
      db.pragma(`user_version = ${v + 1}`);
    })();
    if (typeof step !== 'string') db.pragma('foreign_keys = ON');
  }
}

/**
 * Opens (creating if needed) the embedded database `warden.db` under dataDir, in WAL mode with
 * synchronous=FULL so that a committed inbox row survives a crash of the process or machine.
 * `:memory:` gives a throwaway store.
 */
export function openStore(dataDir: string): Store {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'warden.db');
  let db: Db;
  try {
    // Owner-only: the database holds alerts, the audit log and sealed secrets.
    if (file !== ':memory:') mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    db = new Database(file);
    if (file !== ':memory:') chmodSync(file, 0o600);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new WardenError(ErrorCodes.CONFIG_INVALID, `DATA_DIR cannot hold the database (${reason}): set it to a writable directory`, { cause: err });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Freed and overwritten bytes are zeroed, not left in free pages or cells: a card number the
  // inbox strips from a handled event must not stay readable in the file or a copy of it (SPEC §5).
  db.pragma('secure_delete = ON');
  // The log is truncated each time it starts over, rather than kept at its largest size with
  // stale frames (old row contents) in its tail.
  db.pragma('journal_size_limit = 0');
  migrate(db);
  if (file !== ':memory:') trackOpenStore(file, db);
  let closed = false;
  // One transaction wrapper for every caller: better-sqlite3 builds a new one per db.transaction().
  const inTransaction = db.transaction((fn: () => unknown) => fn());
  return {
    db,
    file,
    transaction<T>(fn: () => T): T {
      // better-sqlite3 throws a bare TypeError on a closed database; callers (the receiver) need a code.
      if (closed) throw new WardenError(ErrorCodes.STORE_CLOSED, 'the store is closed');
      return inTransaction(fn) as T;
    },
    checkpoint() {
      if (closed) return false;
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      return result?.busy === 0;
    },
    close() {
      if (closed) return;
      closed = true;
      untrackOpenStore(file);
      db.close();
    },
    get closed() {
      return closed;
    },
  };
}
