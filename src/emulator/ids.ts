import { randomUUID } from 'node:crypto';

/**
 * Webex ids are base64 of a `ciscospark://us/KIND/uuid` URI. Clients must treat them as opaque,
 * and shaping ours the same way catches code that assumes otherwise. base64url keeps them
 * safe inside URL paths.
 */
export function newId(kind: string): string {
  return Buffer.from(`ciscospark://us/${kind}/${randomUUID()}`).toString('base64url');
}

function uuidOf(id: string): string {
  return Buffer.from(id, 'base64url').toString().split('/').pop() ?? id;
}

/**
 * Webex builds a membership's id from the person and the space, so someone removed and added
 * again gets the same membership id (a new event, same `data.id`).
 */
export function membershipId(personId: string, roomId: string): string {
  return Buffer.from(`ciscospark://us/MEMBERSHIP/${uuidOf(personId)}:${uuidOf(roomId)}`).toString('base64url');
}
