import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { paginate } from '../http/paginate.js';
import type { AuthedReq, Router } from '../http/router.js';
import { createMessage, deleteMessage, type MessageInput } from '../ops/messages.js';
import { editMessage } from '../ops/edit-message.js';
import { botMaySee, canSeeMessage, canSeeRoom } from '../state/access.js';
import type { EmuMessage } from '../types.js';
import { messageView } from '../views.js';

/** POST/GET /messages, GET/DELETE /messages/{id} (webex-api.md §3). */
export function messagesRoutes(r: Router): void {
  r.add('POST', '/messages', (core, req) => {
    const body = req.body;
    if (body === null || typeof body !== 'object') throw new ApiError(400, 'A JSON body is required');
    const input = body as MessageInput;
    return { status: 200, body: { ...messageView(createMessage(core, req.caller, input)), ...recipient(core, input) } };
  });
  r.add('GET', '/messages', (core, req) => {
    const mentioned = req.query.get('mentionedPeople');
    return paginate(core, req, listMessages(core, req).map(messageView), 50, mentioned ? 100 : 1000);
  });
  r.add('GET', '/messages/:id', (core, req, p) => {
    const msg = core.world.messages.get(p.id ?? '');
    if (!msg || !canSeeMessage(core.world, req.caller, msg)) throw new ApiError(404, 'Message not found');
    return { status: 200, body: messageView(msg) };
  });
  r.add('PUT', '/messages/:id', (core, req, p) => {
    const body = (req.body ?? {}) as { roomId?: string; text?: string; markdown?: string };
    return { status: 200, body: messageView(editMessage(core, req.caller, p.id ?? '', body)) };
  });
  r.add('DELETE', '/messages/:id', (core, req, p) => {
    deleteMessage(core, req.caller, p.id ?? '');
    return { status: 204 };
  });
}

/**
 * A 1:1 post by `toPersonId`/`toPersonEmail` is answered with the recipient named (SPEC-MSG
 * Message.toPersonId/toPersonEmail: "when sending a private 1:1 message"); GETs do not show it.
 */
function recipient(core: Core, input: MessageInput): Record<string, string> {
  if (input.roomId) return {};
  const other = input.toPersonId ? core.world.people.get(input.toPersonId) : core.world.personByEmail(input.toPersonEmail ?? '');
  return other ? { toPersonId: other.id, toPersonEmail: other.emails[0] ?? '' } : {};
}

/** Newest first. A bot must ask for `mentionedPeople=me` in a group space (webex-api.md §3). */
function listMessages(core: Core, req: AuthedReq): EmuMessage[] {
  const { world } = core;
  const { query, caller } = req;
  const roomId = query.get('roomId');
  if (!roomId) throw new ApiError(400, 'roomId is required');
  const room = world.rooms.get(roomId);
  if (!room || !canSeeRoom(world, caller, room)) throw new ApiError(404, 'Room not found');
  const mentioned = query.get('mentionedPeople');
  const mentionId = mentioned === 'me' ? caller.id : mentioned;
  if (mentioned && mentionId !== caller.id) throw new ApiError(400, 'mentionedPeople only accepts me or your own id');
  if (caller.type === 'bot' && room.type === 'group' && !mentioned) {
    throw new ApiError(403, 'Bots must use mentionedPeople=me to list messages in group rooms');
  }
  const parentId = query.get('parentId');
  const beforeMs = beforeBound(core, query);
  const list = (world.messagesByRoom.get(roomId) ?? []).filter((m) =>
    !m.deleted && botMaySee(caller, room, m) && Date.parse(m.created) < beforeMs &&
    (!mentionId || (m.mentionedPeople ?? []).includes(mentionId)) && (!parentId || m.parentId === parentId));
  return list.reverse();
}

function beforeBound(core: Core, query: URLSearchParams): number {
  const before = query.get('before');
  const beforeMessage = query.get('beforeMessage');
  let bound = Number.POSITIVE_INFINITY;
  if (before) bound = Date.parse(before);
  if (beforeMessage) {
    const m = core.world.messages.get(beforeMessage);
    if (!m) throw new ApiError(400, 'Unknown beforeMessage');
    bound = Math.min(bound, Date.parse(m.created));
  }
  if (Number.isNaN(bound)) throw new ApiError(400, 'before must be an ISO 8601 time');
  return bound;
}
