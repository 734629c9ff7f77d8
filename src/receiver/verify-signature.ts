import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = 'valid' | 'missing' | 'invalid';

/** A SHA-1 digest written in hex: 40 characters. */
const HEX_SHA1 = /^[0-9a-f]{40}$/i;

/**
 * Checks `X-Spark-Signature`: the hex HMAC-SHA1 of the raw body bytes under the webhook's secret
 * (webex-api.md §1 "Signature"). Hashing re-serialised JSON would break on escapes and spacing,
 * so only the bytes as received are used. Every secret of the list is tried, for rotation; empty
 * secrets are skipped, as an empty key would make the signature meaningless.
 */
export function verifySignature(raw: Buffer, header: string | undefined, secrets: readonly string[]): SignatureCheck {
  const given = header?.trim() ?? '';
  if (given === '') return 'missing';
  // Checking the shape first means the buffers compared below always have the same length.
  if (!HEX_SHA1.test(given)) return 'invalid';
  const received = Buffer.from(given, 'hex');
  for (const secret of secrets) {
    if (secret === '') continue;
    const expected = createHmac('sha1', secret).update(raw).digest();
    if (expected.length === received.length && timingSafeEqual(expected, received)) return 'valid';
  }
  return 'invalid';
}
