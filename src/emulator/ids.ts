import { randomUUID } from 'node:crypto';

/**
 * Webex ids are base64 of a `ciscospark://us/KIND/uuid` URI. Clients must treat them as opaque,
 * and shaping ours the same way catches code that assumes otherwise. base64url keeps them
 * safe inside URL paths.
 */
export function newId(kind: string): string {
  return Buffer.from(`ciscospark://us/${kind}/${randomUUID()}`).toString('base64url');
}
