import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import { botMaySee, canDeleteMessage, isMember, isOfficerOf } from '../state/access.js';
import type { AppMessage, EmuMessage, EmuPerson, EmuRoom } from '../types.js';
import { appContent } from './app-message.js';
import { messageView } from '../views.js';
import { parseMentions } from './mentions.js';
import { markdownInline, renderHtml } from './render-html.js';
import { directRoom } from './rooms.js';
import { validateMessage, type MessageInput } from './validate-message.js';

export type { MessageInput } from './validate-message.js';

/** POST /messages and postMessage(): validates like Webex, stores, announces. */
export function createMessage(core: Core, actor: EmuPerson, input: MessageInput): EmuMessage {
  validateMessage(input);
  const { ids, groups, plain, split } = parseMentions(core.world, input.markdown, input.mentions);
  const text = input.text ?? plain;
  return store(core, actor, input, () => ({
    ...(text !== undefined ? { text } : {}),
    ...(input.markdown !== undefined ? { markdown: input.markdown } : {}),
    // Webex renders markdown to `html` (SPEC-MSG ListMessage.html); a text-only post has none.
    ...(split ? { html: renderHtml(split, markdownInline) } : {}),
    ...(ids.length ? { mentionedPeople: ids } : {}),
    ...(groups.length ? { mentionedGroups: groups } : {}),
  }));
}

/** postAsApp() and `POST /_emulator/messages` with `app: true`: what the Webex app sends (app-message.ts). */
export function createAppMessage(core: Core, actor: EmuPerson, input: AppMessage): EmuMessage {
  if (typeof input.text !== 'string' || input.text === '') throw new ApiError(400, 'text is required');
  if (input.mentions !== undefined && !Array.isArray(input.mentions)) throw new ApiError(400, 'mentions must be a list of ids or emails');
  const base: MessageInput = { roomId: input.roomId, text: input.text, ...(input.parentId ? { parentId: input.parentId } : {}), ...(input.files ? { files: input.files } : {}) };
  validateMessage(base);
  return store(core, actor, base, (room) => {
    const c = appContent(core.world, room, actor.id, input.text, input.mentions);
    return {
      text: c.text, html: c.html,
      ...(c.mentionedPeople.length ? { mentionedPeople: c.mentionedPeople } : {}),
      ...(c.mentionedGroups.length ? { mentionedGroups: c.mentionedGroups } : {}),
    };
  });
}

type Content = Pick<EmuMessage, 'text' | 'markdown' | 'html' | 'mentionedPeople' | 'mentionedGroups'>;

function store(core: Core, actor: EmuPerson, input: MessageInput, content: (room: EmuRoom) => Content): EmuMessage {
  const room = targetRoom(core, actor, input);
  const parentId = input.parentId ? threadRoot(core, room, input.parentId) : undefined;
  const msg: EmuMessage = {
    id: newId('MESSAGE'), roomId: room.id, roomType: room.type,
    personId: actor.id, personEmail: actor.emails[0] ?? '', created: new Date().toISOString(),
    ...content(room),
  };
  if (input.files?.length) msg.files = [...input.files];
  if (input.attachments?.length) msg.attachments = input.attachments;
  if (parentId) msg.parentId = parentId;
  core.world.putMessage(msg);
  room.lastActivity = msg.created;
  actor.lastActivity = msg.created;
  announceMessage(core, actor, room, msg, 'created');
  return msg;
}

export function deleteMessage(core: Core, actor: EmuPerson, messageId: string): void {
  const { world } = core;
  const msg = world.messages.get(messageId);
  const room = msg ? world.rooms.get(msg.roomId) : undefined;
  if (!msg || !room) throw new ApiError(404, 'Message not found');
  const officer = isOfficerOf(actor, room);
  // Only a compliance officer still sees a deleted message, hence 410 for them, 404 for others (§3).
  if (msg.deleted) throw new ApiError(officer ? 410 : 404, officer ? 'Message has already been deleted' : 'Message not found');
  if (!officer && !(isMember(world, actor, room.id) && botMaySee(actor, room, msg))) throw new ApiError(404, 'Message not found');
  if (!canDeleteMessage(world, actor, msg)) throw new ApiError(403, 'Not allowed to delete this message');
  msg.deleted = { by: actor.id, at: new Date().toISOString() };
  announceMessage(core, actor, room, msg, 'deleted');
}

function targetRoom(core: Core, actor: EmuPerson, input: MessageInput): EmuRoom {
  if (input.roomId) {
    const room = core.world.rooms.get(input.roomId);
    if (!room || !(isMember(core.world, actor, room.id) || isOfficerOf(actor, room))) throw new ApiError(404, 'Room not found');
    if (!isMember(core.world, actor, room.id)) throw new ApiError(403, 'Not a member of this room');
    return room;
  }
  const other = input.toPersonId
    ? core.world.people.get(input.toPersonId)
    : core.world.personByEmail(input.toPersonEmail ?? '');
  if (!other) throw new ApiError(404, 'Person not found');
  return directRoom(core, actor, other);
}

/** Webex rejects a reply to a reply: parentId must be a thread root in the same space (§3). */
function threadRoot(core: Core, room: EmuRoom, parentId: string): string {
  const parent = core.world.messages.get(parentId);
  if (!parent || parent.roomId !== room.id || parent.deleted) throw new ApiError(400, 'Invalid parentId');
  if (parent.parentId) throw new ApiError(400, 'Invalid parentId: the parent is itself a reply');
  return parent.id;
}

export function announceMessage(core: Core, actor: EmuPerson, room: EmuRoom, msg: EmuMessage, event: 'created' | 'updated' | 'deleted'): void {
  const audience = new Set<string>();
  for (const m of core.world.roomMemberships(room.id)) {
    const p = core.world.people.get(m.personId);
    if (p && botMaySee(p, room, msg)) audience.add(p.id);
  }
  const ids = {
    id: msg.id, roomId: msg.roomId, roomType: msg.roomType, personId: msg.personId,
    personEmail: msg.personEmail, created: msg.created,
    ...(msg.updated ? { updated: msg.updated } : {}),
  };
  // Webhooks never carry the text (§1); Events API items carry it for created and updated (§6).
  const data: Record<string, unknown> = event === 'deleted' ? ids : {
    ...ids, ...(msg.parentId ? { parentId: msg.parentId } : {}),
    ...(msg.files ? { files: msg.files } : {}),
    ...(msg.mentionedPeople ? { mentionedPeople: msg.mentionedPeople } : {}),
  };
  core.emit({
    resource: 'messages', event, actorId: actor.id, room, data, audience,
    eventData: event === 'deleted' ? ids : messageView(msg),
    subject: {
      personId: msg.personId, personEmail: msg.personEmail, messageId: msg.id,
      hasFiles: (msg.files?.length ?? 0) > 0, hasAttachments: (msg.attachments?.length ?? 0) > 0,
      ...(msg.mentionedPeople ? { mentionedPeople: msg.mentionedPeople } : {}),
    },
  });
}
