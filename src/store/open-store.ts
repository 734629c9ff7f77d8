import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.js';
import { ErrorCodes, WardenError } from '../errors.js';

export type Db = Database.Database;

export interface Store {
  readonly db: Db;
  readonly file: string;
  /** Runs fn in one synchronous transaction: all of it is durable, or none. */
  transaction<T>(fn: () => T): T;
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
  migrate(db);
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
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
    get closed() {
      return closed;
    },
  };
}
