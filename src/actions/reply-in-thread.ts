import { truncateBytes } from '../cards/truncate-bytes.js';
import type { Logger } from '../log/logger.js';
import type { AttachmentAction, WebexApi } from '../webex/types.js';

/** Webex refuses `markdown` over 7439 bytes (webex-api.md §3). */
const MAX_BYTES = 7439;

/**
 * Answers under the card that was pressed, as the bot: a card message cannot be edited
 * (webex-api.md §2), and the card is a thread root, so the reply's parentId is the card itself.
 * The action is already done and recorded by now: a failed answer is logged, not retried, so
 * the press is never carried out twice for want of a reply.
 */
export async function replyInThread(api: WebexApi, action: AttachmentAction, markdown: string, log: Logger): Promise<void> {
  try {
    await api.messages.create({ roomId: action.roomId, parentId: action.messageId, markdown: truncateBytes(markdown, MAX_BYTES) });
  } catch (err) {
    log.error('could not answer in the card thread', { roomId: action.roomId, messageId: action.messageId, err });
  }
}
