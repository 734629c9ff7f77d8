export type DeliveryEncoding = 'plain' | 'escaped';

/**
 * The bytes of a webhook delivery. 'escaped' writes the same JSON the way some servers do
 * (`\/`, `\uXXXX` for non-ASCII, a space after each `:`), so a receiver that re-serialises the
 * parsed body instead of hashing the bytes it received computes the wrong signature.
 */
export function encodeBody(value: unknown, encoding: DeliveryEncoding): Buffer {
  return Buffer.from(encoding === 'plain' ? JSON.stringify(value) : escaped(value), 'utf8');
}

function escaped(v: unknown): string {
  if (typeof v === 'string') return escapeString(v);
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : escaped(x))).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${escapeString(k)}: ${escaped(x)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function escapeString(s: string): string {
  return JSON.stringify(s)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
