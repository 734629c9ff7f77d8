import type { World } from './state/world.js';
import type { EmuMembership, EmuMessage, EmuPerson, EmuRoom, EmuWebhook } from './types.js';

/** The JSON shapes Webex answers with (webex-api.md §3-§5), built from the world's records. */
export function personView(p: EmuPerson): Record<string, unknown> {
  const [firstName, ...rest] = p.displayName.split(' ');
  return {
    id: p.id, emails: p.emails, displayName: p.displayName, nickName: firstName,
    firstName, lastName: rest.join(' '), orgId: p.orgId, roles: p.roles, type: p.type,
    created: p.created, status: 'unknown',
  };
}

/** A direct space's title is the other person's name; an outsider (officer) sees a placeholder. */
export function roomView(world: World, room: EmuRoom, viewer: EmuPerson): Record<string, unknown> {
  let title = room.title;
  if (room.type === 'direct') {
    const other = world.roomMemberships(room.id).find((m) => m.personId !== viewer.id);
    title = world.membership(room.id, viewer.id) && other ? other.personDisplayName : 'Empty Title';
  }
  return {
    id: room.id, title, type: room.type, isLocked: room.isLocked, lastActivity: room.lastActivity,
    creatorId: room.creatorId, created: room.created, ownerId: room.ownerId,
    isAnnouncementOnly: false, isReadOnly: false, isPublic: false,
    // Present only on a classified space (webex-api.md §5, §14).
    ...(room.classificationId ? { classificationId: room.classificationId } : {}),
  };
}

export function membershipView(m: EmuMembership): Record<string, unknown> {
  return { ...m, isRoomHidden: false };
}

export function messageView(msg: EmuMessage): Record<string, unknown> {
  const { deleted: _deleted, edits: _edits, ...rest } = msg as EmuMessage & { edits?: number };
  return rest;
}

export function webhookView(wh: EmuWebhook): Record<string, unknown> {
  return { ...wh };
}
