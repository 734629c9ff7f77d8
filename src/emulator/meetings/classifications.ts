import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import { updateRoom } from '../ops/rooms.js';
import type { EmuPerson, EmuRoom } from '../types.js';
import type { EmuClassification } from './types.js';

/** The five levels an org with the Pro Pack starts with (webex-api.md §14), lowest rank first. */
const DEFAULT_TITLES = ['Public', 'Internal', 'Confidential', 'Highly Confidential', 'Restricted'];

/**
 * The org's classifications; the five defaults on first use. `null` stands for an org without
 * the Pro Pack, which Webex answers with 403 (then every space is unclassified).
 */
export function classificationsOf(core: Core, orgId: string): EmuClassification[] | null {
  const known = core.meetings.classifications.get(orgId);
  if (known !== undefined) return known;
  const made = DEFAULT_TITLES.map((title, rank) => ({
    id: newId('CLASSIFICATION'), rank, title, description: `${title} spaces`, enabled: true, orgId, lastModified: new Date().toISOString(),
  }));
  core.meetings.classifications.set(orgId, made);
  return made;
}

/** Sets or clears a space's classification as an officer or moderator would; announced as `rooms`/`updated`. */
export function classifyRoom(core: Core, actor: EmuPerson, roomId: string, classificationId: string | undefined): EmuRoom {
  const room = core.world.rooms.get(roomId);
  if (!room) throw new ApiError(404, 'Room not found');
  if (classificationId !== undefined && !(classificationsOf(core, room.ownerId) ?? []).some((c) => c.id === classificationId)) {
    throw new ApiError(400, 'Invalid classificationId');
  }
  if (classificationId === undefined) delete room.classificationId;
  else room.classificationId = classificationId;
  return updateRoom(core, actor, roomId, {});
}
