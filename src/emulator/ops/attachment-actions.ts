import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import { canSeeMessage, isOfficerOf } from '../state/access.js';
import type { EmuAttachmentAction } from '../state/world-types.js';
import type { EmuPerson } from '../types.js';

/** A card button press, as the presser (POST /attachment/actions, pressCard()). */
export function createAction(core: Core, actor: EmuPerson, messageId: string, inputs: Record<string, unknown>): EmuAttachmentAction {
  const { world } = core;
  const msg = world.messages.get(messageId);
  if (!msg || msg.deleted || !canSeeMessage(world, actor, msg)) throw new ApiError(404, 'Message not found');
  if (!msg.attachments?.length) throw new ApiError(400, 'The message has no card to submit');
  const room = world.rooms.get(msg.roomId);
  if (!room) throw new ApiError(404, 'Room not found');
  const action: EmuAttachmentAction = {
    id: newId('ATTACHMENT_ACTION'), type: 'submit', messageId, inputs: { ...inputs },
    personId: actor.id, roomId: room.id, created: new Date().toISOString(),
  };
  world.actions.set(action.id, action);
  // The webhook carries no inputs: the receiver must GET the action (webex-api.md §1, §2).
  const { inputs: _inputs, ...data } = action;
  core.emit({
    resource: 'attachmentActions', event: 'created', actorId: actor.id, room, data, eventData: data,
    audience: new Set([actor.id, msg.personId]),
    subject: { personId: actor.id, messageId },
  });
  return action;
}

/** Readable by the presser, the author of the card, or the compliance officer. */
export function readAction(core: Core, caller: EmuPerson, id: string): EmuAttachmentAction {
  const action = core.world.actions.get(id);
  const msg = action ? core.world.messages.get(action.messageId) : undefined;
  const room = action ? core.world.rooms.get(action.roomId) : undefined;
  const ok = action && (action.personId === caller.id || msg?.personId === caller.id || (room && isOfficerOf(caller, room)));
  if (!action || !ok) throw new ApiError(404, 'Attachment action not found');
  return action;
}
