/** Keys whose values never reach a log line, whatever their depth. */
const SECRET_KEY = /(authorization|token|secret|password|passwd|cookie|signature|api[-_]?key|client[-_]?secret|refresh)/i;

/** Bearer tokens or long opaque strings that slipped into a message are cut out by content too. */
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;

export const REDACTED = '[redacted]';

export function redactText(text: string): string {
  return text.replace(BEARER, `Bearer ${REDACTED}`);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message), code: (value as { code?: unknown }).code };
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? REDACTED : redact(v, depth + 1);
    return out;
  }
  return value;
}
