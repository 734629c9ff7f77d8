import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ErrorCodes, WardenError } from '../errors.js';
import type { Store } from './open-store.js';

/**
 * The database under dataDir opened read-only, for checks that must change nothing (`npm run
 * doctor`): no directory or file is created and no migration runs. Undefined when there is none yet.
 */
export function openStoreReadOnly(dataDir: string): Store | undefined {
  const file = path.join(dataDir, 'warden.db');
  if (!existsSync(file)) return undefined;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new WardenError(ErrorCodes.CONFIG_INVALID, `DATA_DIR's database cannot be read (${reason})`, { cause: err });
  }
  let closed = false;
  return {
    db,
    file,
    transaction: <T>(fn: () => T): T => fn(),
    // Read-only: the log is the writer's to fold in.
    checkpoint: () => false,
    close() {
      if (!closed) db.close();
      closed = true;
    },
    get closed() {
      return closed;
    },
  };
}
