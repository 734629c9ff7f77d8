import { ErrorCodes, isWardenError } from '../errors.js';

/**
 * SQLite result codes that say the database cannot take a write now but may later: the disk is
 * full (SQLITE_FULL, also max_page_count reached), an I/O error (SQLITE_IOERR and its extended
 * codes, e.g. SQLITE_IOERR_WRITE), another connection holds the lock past busy_timeout
 * (SQLITE_BUSY, SQLITE_LOCKED), or the file cannot be opened or was made read-only
 * (SQLITE_CANTOPEN, SQLITE_READONLY). Each is the admin's or the machine's to fix; none says
 * anything about the event, so the event must wait, not fail.
 */
const UNAVAILABLE = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|CANTOPEN|READONLY)(_|$)/;

/** Whether `err` says the store refuses writes for now (see UNAVAILABLE), or is closed (a stop). */
export function isStoreUnavailable(err: unknown): boolean {
  if (isWardenError(err, ErrorCodes.STORE_CLOSED)) return true;
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && UNAVAILABLE.test(code);
}
