import { redactText } from '../log/redact.js';

const MAX_REASON = 300;

/**
 * The reason stored with a retried or failed inbox row and logged beside it: the error's message
 * only (never its details or cause, which may hold request data), bearer tokens cut out, short.
 */
export function errorReason(err: unknown): string {
  const raw = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const clean = redactText(raw);
  return clean.length > MAX_REASON ? `${clean.slice(0, MAX_REASON - 1)}…` : clean;
}
