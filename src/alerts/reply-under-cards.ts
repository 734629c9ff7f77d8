import { truncateBytes } from '../cards/truncate-bytes.js';
import type { Logger } from '../log/logger.js';
import type { WebexApi } from '../webex/types.js';
import type { AlertPost } from './types.js';

/** Webex refuses `markdown` over 7439 bytes (webex-api.md §3). */
const MAX_BYTES = 7439;

/**
 * Posts the same note in the thread of every card of an alert, as the bot: a card cannot be
 * edited (webex-api.md §2), so news about an alert is a reply under it. The change it reports is
 * already stored, so a reply that fails is logged and not retried (retrying the event would post
 * the others twice). Resolves with how many were posted.
 */
export async function replyUnderCards(api: Pick<WebexApi, 'messages'>, posts: readonly AlertPost[], markdown: string, log: Logger): Promise<number> {
  let posted = 0;
  for (const post of posts) {
    try {
      await api.messages.create({ roomId: post.roomId, parentId: post.messageId, markdown: truncateBytes(markdown, MAX_BYTES) });
      posted += 1;
    } catch (err) {
      log.error('could not reply under an alert card', { alertId: post.alertId, roomId: post.roomId, messageId: post.messageId, err });
    }
  }
  return posted;
}
