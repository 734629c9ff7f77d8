import { isTransient, webexStatusOf } from '../webex/webex-api-error.js';

/**
 * Whether a handler's failure is worth another attempt later: a transient Webex failure (5xx,
 * timeout, rate limit beyond the client's budget); a 401 or 403, which say the token expired or
 * lost a scope — the admin's to fix, after which the event must still be handled; or any error
 * that says `transient: true` (for example "the bot is not started yet"). Everything else is permanent.
 */
export function isRetryable(err: unknown): boolean {
  if (isTransient(err)) return true;
  const status = webexStatusOf(err);
  if (status === 401 || status === 403) return true;
  return typeof err === 'object' && err !== null && (err as { transient?: unknown }).transient === true;
}
