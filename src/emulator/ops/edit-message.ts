import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import type { EmuMessage, EmuPerson } from '../types.js';
import { parseMentions } from './mentions.js';
import { announceMessage } from './messages.js';
import { markdownInline, renderHtml } from './render-html.js';

const MAX_EDITS = 10;

/**
 * PUT /messages/{id} (webex-api.md §3): the author edits the text of their own message, at most
 * ten times; a message with files or a card cannot be edited (400). Announced as `updated`.
 */
export function editMessage(core: Core, actor: EmuPerson, messageId: string, input: { roomId?: string; text?: string; markdown?: string }): EmuMessage {
  const msg = core.world.messages.get(messageId);
  const room = msg ? core.world.rooms.get(msg.roomId) : undefined;
  if (!msg || !room || msg.deleted || msg.personId !== actor.id) throw new ApiError(404, 'Message not found');
  if (input.roomId !== msg.roomId) throw new ApiError(400, 'roomId is required and must be the message\'s room');
  if (input.text === undefined && input.markdown === undefined) throw new ApiError(400, 'text or markdown is required');
  if (msg.files?.length || msg.attachments?.length) throw new ApiError(400, 'feature currently unsupported: messages with files or cards cannot be edited');
  const edits = (msg as EmuMessage & { edits?: number }).edits ?? 0;
  if (edits >= MAX_EDITS) throw new ApiError(400, 'This message has been edited too many times');
  Object.assign(msg, { edits: edits + 1, updated: new Date().toISOString() });
  msg.text = input.text ?? input.markdown;
  // The html follows the new content: rendered from markdown, none for plain text.
  if (input.markdown !== undefined) {
    msg.markdown = input.markdown;
    msg.html = renderHtml(parseMentions(core.world, input.markdown).split ?? [input.markdown], markdownInline);
  } else {
    delete msg.markdown;
    delete msg.html;
  }
  announceMessage(core, actor, room, msg, 'updated');
  return msg;
}
