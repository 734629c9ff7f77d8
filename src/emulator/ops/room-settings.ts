import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { isOfficerOf } from '../state/access.js';
import type { EmuPerson, EmuRoom } from '../types.js';

export interface RoomSettings {
  classificationId?: string;
  teamId?: string;
  description?: string;
  isPublic?: boolean;
}

/** The settings of a PUT /rooms/{id} or POST /rooms body, type-checked (400 otherwise). */
export function readRoomSettings(b: Record<string, unknown>): RoomSettings {
  const out: RoomSettings = {};
  for (const key of ['classificationId', 'teamId', 'description'] as const) {
    const v = b[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new ApiError(400, `${key} must be a string`);
    out[key] = v;
  }
  if (b.isPublic !== undefined) {
    if (typeof b.isPublic !== 'boolean') throw new ApiError(400, 'isPublic must be a boolean');
    out.isPublic = b.isPublic;
  }
  return out;
}

/**
 * Applies classification, team, description and visibility as Webex's "Update a Room" rules
 * say (SPEC-MSG /rooms/{roomId} PUT, as wxc_sdk's generated docstring repeats them):
 *  - the classification must be one of the owning org's (GET /classifications), else 400;
 *  - a bot may classify a space only once a person of the owning org has joined it;
 *  - a description of a single space removes it;
 *  - anyone may make a space private, but only a compliance officer may make it public, and
 *    only when it is classified with the lowest rank and has a description;
 *  - a space may be put under a team once; moving between teams is not supported.
 * `seeding` (addRoom) sets the state directly, without the permission rules.
 */
export function applyRoomSettings(core: Core, actor: EmuPerson, room: EmuRoom, s: RoomSettings, seeding = false): void {
  // Checked on a draft, so a refused change leaves the space as it was.
  const draft: EmuRoom = { ...room };
  if (s.classificationId !== undefined) classify(core, actor, draft, s.classificationId, seeding);
  if (s.teamId !== undefined && s.teamId !== draft.teamId) {
    if (draft.teamId) throw new ApiError(400, 'Moving a space between teams is not supported');
    draft.teamId = s.teamId;
  }
  if (s.description !== undefined) {
    if (s.description.trim() === '') delete draft.description;
    else draft.description = s.description;
  }
  if (s.isPublic !== undefined && s.isPublic !== draft.isPublic) setPublic(core, actor, draft, s.isPublic, seeding);
  for (const key of ['description', 'madePublic'] as const) if (draft[key] === undefined) delete room[key];
  Object.assign(room, draft);
}

function classify(core: Core, actor: EmuPerson, room: EmuRoom, id: string, seeding: boolean): void {
  const found = (core.world.classifications.get(room.ownerId) ?? []).find((c) => c.id === id && c.enabled);
  if (!found) throw new ApiError(400, 'Invalid classificationId: not a classification of the organization owning the space');
  if (!seeding && actor.type === 'bot' && !hasHumanOfOwnerOrg(core, room)) {
    throw new ApiError(403, 'A bot may classify a space only after a person of the owning organization joined it');
  }
  room.classificationId = found.id;
}

function setPublic(core: Core, actor: EmuPerson, room: EmuRoom, on: boolean, seeding: boolean): void {
  if (on) {
    if (!room.description) throw new ApiError(400, 'A public space needs a description');
    const lowest = core.world.classifications.get(room.ownerId)?.[0]?.id;
    if (!seeding && !isOfficerOf(actor, room)) throw new ApiError(403, 'Only a compliance officer can make a space public');
    if (!seeding && room.classificationId !== lowest) throw new ApiError(400, 'Only a space with the lowest classification can be made public');
    room.madePublic = new Date().toISOString();
  } else {
    delete room.madePublic;
  }
  room.isPublic = on;
}

function hasHumanOfOwnerOrg(core: Core, room: EmuRoom): boolean {
  return core.world.roomMemberships(room.id).some((m) => {
    const p = core.world.people.get(m.personId);
    return p !== undefined && p.type !== 'bot' && p.orgId === room.ownerId;
  });
}
