import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { membershipId } from '../ids.js';
import { canManageMembers, canSeeRoom, isOfficerOf } from '../state/access.js';
import type { EmuMembership, EmuPerson, EmuRoom } from '../types.js';
import { membershipView } from '../views.js';

/** Adds someone to a space and announces it. */
export function join(core: Core, actor: EmuPerson, room: EmuRoom, person: EmuPerson, isModerator = false): EmuMembership {
  const { world } = core;
  if (world.membership(room.id, person.id)) throw new ApiError(409, 'Person is already in the room');
  adoptOwner(core, room, person);
  const m: EmuMembership = {
    id: membershipId(person.id, room.id), roomId: room.id, personId: person.id,
    personEmail: person.emails[0] ?? '', personDisplayName: person.displayName,
    personOrgId: person.orgId, isModerator, isMonitor: false, roomType: room.type,
    created: new Date().toISOString(),
  };
  world.putMembership(m);
  announce(core, actor, room, m, 'created');
  return m;
}

/** A space a bot creates belongs to the org of its first human member (webex-api.md §5). */
function adoptOwner(core: Core, room: EmuRoom, person: EmuPerson): void {
  const creator = core.world.people.get(room.creatorId);
  if (creator?.type !== 'bot' || person.type === 'bot') return;
  const humans = core.world.roomMemberships(room.id).filter((m) => core.world.people.get(m.personId)?.type !== 'bot');
  if (humans.length === 0) room.ownerId = person.orgId;
}

/** POST /memberships: members add people (moderators only in a locked space); officers too. */
export function addMembership(core: Core, actor: EmuPerson, roomId: string, person: EmuPerson, isModerator = false): EmuMembership {
  const room = core.world.rooms.get(roomId);
  if (!room || !canSeeRoom(core.world, actor, room)) throw new ApiError(404, 'Room not found');
  if (room.type === 'direct') throw new ApiError(400, 'Cannot add people to a direct room');
  if (!canManageMembers(core.world, actor, room)) throw new ApiError(403, 'Not allowed to add people to this room');
  return join(core, actor, room, person, isModerator);
}

export function removeMembership(core: Core, actor: EmuPerson, membershipId: string): void {
  const { world } = core;
  const m = world.memberships.get(membershipId);
  const room = m ? world.rooms.get(m.roomId) : undefined;
  if (!m || !room || !canSeeRoom(world, actor, room)) throw new ApiError(404, 'Membership not found');
  if (room.type === 'direct') throw new ApiError(400, 'Cannot remove people from a direct room');
  const self = m.personId === actor.id;
  if (!self && !canManageMembers(world, actor, room)) throw new ApiError(403, 'Not allowed to remove this person');
  world.dropMembership(m);
  announce(core, actor, room, m, 'deleted');
}

export function updateMembership(core: Core, actor: EmuPerson, membershipId: string, isModerator: boolean): EmuMembership {
  const { world } = core;
  const m = world.memberships.get(membershipId);
  const room = m ? world.rooms.get(m.roomId) : undefined;
  if (!m || !room || !canSeeRoom(world, actor, room)) throw new ApiError(404, 'Membership not found');
  const mine = world.membership(room.id, actor.id);
  if (!isOfficerOf(actor, room) && room.isLocked && !mine?.isModerator) throw new ApiError(403, 'Only moderators may change this');
  m.isModerator = isModerator;
  announce(core, actor, room, m, 'updated');
  return m;
}

function announce(core: Core, actor: EmuPerson, room: EmuRoom, m: EmuMembership, event: 'created' | 'updated' | 'deleted'): void {
  const audience = new Set(core.world.roomMemberships(room.id).map((x) => x.personId));
  audience.add(m.personId);
  const data = membershipView(m);
  core.emit({
    resource: 'memberships', event, actorId: actor.id, room, data, eventData: data, audience,
    subject: { personId: m.personId, personEmail: m.personEmail, isModerator: m.isModerator },
  });
}
