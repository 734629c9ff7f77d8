import { ErrorCodes, isWardenError } from '../errors.js';
import { isStoreUnavailable } from '../store/store-unavailable.js';
import { isTransient, webexStatusOf } from '../webex/webex-api-error.js';

/**
 * Whether a handler's failure is worth another attempt later: a transient Webex failure (5xx,
 * timeout, rate limit beyond the client's budget); a credential Webex refused — a 401 or 403 (the
 * token expired or lost a scope) or a refused OAuth refresh (invalid_grant, invalid_client) — the
 * admin's to fix, after which the event must still be handled (SPEC §5); a store that refuses
 * writes for now (disk full, I/O error, locked, closed by a stop); or any error that says
 * `transient: true` (for example "the bot is not started yet"). Everything else is permanent.
 */
export function isRetryable(err: unknown): boolean {
  if (isTransient(err)) return true;
  if (isWardenError(err, ErrorCodes.TOKEN_REFRESH_FAILED)) return true;
  if (isStoreUnavailable(err)) return true;
  const status = webexStatusOf(err);
  if (status === 401 || status === 403) return true;
  return typeof err === 'object' && err !== null && (err as { transient?: unknown }).transient === true;
}
