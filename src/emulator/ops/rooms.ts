import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import { canSeeRoom, isOfficerOf } from '../state/access.js';
import type { EmuPerson, EmuRoom } from '../types.js';
import { join } from './memberships.js';
import { applyRoomSettings, type RoomSettings } from './room-settings.js';

/** Creates a space with its creator as moderator, then the other members, announcing each step. */
export function createRoom(core: Core, actor: EmuPerson, title: string, type: 'group' | 'direct', members: EmuPerson[] = [], id?: string): EmuRoom {
  if (!title && type === 'group') throw new ApiError(400, 'title is required');
  const now = new Date().toISOString();
  const room: EmuRoom = {
    id: id ?? newId('ROOM'), title, type, isLocked: false, creatorId: actor.id,
    ownerId: actor.orgId, created: now, lastActivity: now, isPublic: false,
  };
  if (core.world.rooms.has(room.id)) throw new ApiError(409, 'Room already exists');
  core.world.rooms.set(room.id, room);
  announce(core, actor, room, 'created', [actor.id]);
  join(core, actor, room, actor, type === 'group');
  for (const m of members) if (m.id !== actor.id) join(core, actor, room, m);
  return room;
}

/** The 1:1 space between two people, created on first use (POST /messages toPersonEmail). */
export function directRoom(core: Core, actor: EmuPerson, other: EmuPerson): EmuRoom {
  if (other.id === actor.id) throw new ApiError(400, 'Cannot message yourself');
  const key = [actor.id, other.id].sort().join('|');
  const existing = core.world.directRooms.get(key);
  const found = existing ? core.world.rooms.get(existing) : undefined;
  if (found) return found;
  const room = createRoom(core, actor, '', 'direct', [other]);
  core.world.directRooms.set(key, room.id);
  return room;
}

export function updateRoom(core: Core, actor: EmuPerson, roomId: string, patch: { title?: string; isLocked?: boolean } & RoomSettings): EmuRoom {
  const room = core.world.rooms.get(roomId);
  if (!room || !canSeeRoom(core.world, actor, room)) throw new ApiError(404, 'Room not found');
  const mine = core.world.membership(room.id, actor.id);
  if (!isOfficerOf(actor, room) && room.isLocked && !mine?.isModerator) throw new ApiError(403, 'Only moderators may change this room');
  applyRoomSettings(core, actor, room, patch);
  if (patch.title !== undefined) room.title = patch.title;
  if (patch.isLocked !== undefined) room.isLocked = patch.isLocked;
  announce(core, actor, room, 'updated');
  return room;
}

function announce(core: Core, actor: EmuPerson, room: EmuRoom, event: 'created' | 'updated', extra: string[] = []): void {
  const audience = new Set([...core.world.roomMemberships(room.id).map((m) => m.personId), ...extra]);
  // Webhooks get metadata only: a space's title is encrypted (webex-api.md §1, payload table).
  const data = {
    id: room.id, type: room.type, isLocked: room.isLocked, created: room.created,
    lastActivity: room.lastActivity, creatorId: room.creatorId,
  };
  core.emit({
    resource: 'rooms', event, actorId: actor.id, room, data,
    eventData: { ...data, title: room.title, ownerId: room.ownerId }, audience,
    subject: { personId: actor.id },
  });
}
