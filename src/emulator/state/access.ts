import type { EmuMessage, EmuPerson, EmuRoom } from '../types.js';
import type { World } from './world.js';

/**
 * Who may see and do what, as Webex decides it (webex-api.md §3-§6). Not visible means 404,
 * never 403: Webex does not reveal that a space or message exists to someone who cannot see it.
 */
export function isOfficerOf(p: EmuPerson, room: EmuRoom): boolean {
  return p.roles.includes('complianceOfficer') && room.ownerId === p.orgId;
}

export function isMember(world: World, p: EmuPerson, roomId: string): boolean {
  return world.membership(roomId, p.id) !== undefined;
}

export function canSeeRoom(world: World, p: EmuPerson, room: EmuRoom): boolean {
  return isMember(world, p, room.id) || isOfficerOf(p, room);
}

/** Bots see group-space messages only when mentioned (their own messages too); see §3. */
export function canSeeMessage(world: World, p: EmuPerson, msg: EmuMessage): boolean {
  const room = world.rooms.get(msg.roomId);
  if (!room) return false;
  if (isOfficerOf(p, room)) return true;
  if (msg.deleted || !isMember(world, p, room.id)) return false;
  return botMaySee(p, room, msg);
}

/** Whether a member sees a live message in its room (the only rule beyond membership). */
export function botMaySee(p: EmuPerson, room: EmuRoom, msg: EmuMessage): boolean {
  if (p.type !== 'bot' || room.type === 'direct') return true;
  return msg.personId === p.id || (msg.mentionedPeople ?? []).includes(p.id);
}

export function canDeleteMessage(world: World, p: EmuPerson, msg: EmuMessage): boolean {
  const room = world.rooms.get(msg.roomId);
  if (!room) return false;
  if (isOfficerOf(p, room) || msg.personId === p.id) return true;
  // A moderator of a locked space may delete others' messages (not bots; WBF bot.censor).
  const mine = world.membership(room.id, p.id);
  return room.isLocked && p.type !== 'bot' && mine?.isModerator === true;
}

/** Leaving is always allowed; removing others needs moderation in locked spaces. */
export function canManageMembers(world: World, p: EmuPerson, room: EmuRoom): boolean {
  if (isOfficerOf(p, room)) return true;
  const mine = world.membership(room.id, p.id);
  if (!mine) return false;
  return !room.isLocked || mine.isModerator;
}
