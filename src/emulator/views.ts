import type { World } from './state/world.js';
import type { EmuMembership, EmuMessage, EmuPerson, EmuRoom, EmuWebhook } from './types.js';

/**
 * The JSON shapes Webex answers with (webex-api.md §3-§5), built from the world's records.
 * A person as SPEC-MSG's Person schema describes it: presence (`lastActivity`, `status`) only for
 * a caller of the same org ("only returned for people within your organization"), `timezone`
 * only when configured. The conformance test (test/integration/emulator/conformance) checks it.
 */
export function personView(p: EmuPerson, viewer?: EmuPerson): Record<string, unknown> {
  const [firstName, ...rest] = p.displayName.split(' ');
  const sameOrg = viewer === undefined || viewer.orgId === p.orgId;
  return {
    id: p.id, emails: p.emails, phoneNumbers: p.phoneNumbers, displayName: p.displayName, nickName: firstName,
    firstName, lastName: rest.join(' '), avatar: p.avatar, orgId: p.orgId, roles: p.roles, licenses: p.licenses,
    created: p.created, lastModified: p.lastModified, ...(p.timezone ? { timezone: p.timezone } : {}),
    ...(sameOrg ? { lastActivity: p.lastActivity, status: 'unknown' } : {}), type: p.type,
  };
}

/** A direct space's title is the other person's name; an outsider (officer) sees a placeholder. */
export function roomView(world: World, room: EmuRoom, viewer: EmuPerson): Record<string, unknown> {
  let title = room.title;
  if (room.type === 'direct') {
    const other = world.roomMemberships(room.id).find((m) => m.personId !== viewer.id);
    title = world.membership(room.id, viewer.id) && other ? other.personDisplayName : 'Empty Title';
  }
  // SPEC-MSG Room: teamId, classificationId, madePublic and description only when the space has them.
  return {
    id: room.id, title, type: room.type, isLocked: room.isLocked, ...(room.teamId ? { teamId: room.teamId } : {}),
    lastActivity: room.lastActivity, creatorId: room.creatorId, created: room.created, ownerId: room.ownerId,
    ...(room.classificationId ? { classificationId: room.classificationId } : {}),
    isAnnouncementOnly: false, isReadOnly: false, isPublic: room.isPublic,
    ...(room.madePublic ? { madePublic: room.madePublic } : {}),
    ...(room.description ? { description: room.description } : {}),
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
