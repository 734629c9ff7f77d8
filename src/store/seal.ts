import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * Encryption at rest for the few secrets Warden must keep (a rotated OAuth refresh token), so that a
 * copy of the database alone does not let anyone mint compliance tokens. The key is derived from a
 * secret that lives only in the environment (the OAuth client secret).
 */
const VERSION = 'v1';

function keyOf(secret: string): Buffer {
  return scryptSync(secret, 'warden:seal:v1', 32);
}

export function seal(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
}

/** The sealed value, or undefined when it was sealed with another secret or is not a sealed value. */
export function unseal(sealed: string, secret: string): string | undefined {
  const [version, iv, tag, body] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || body === undefined) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
