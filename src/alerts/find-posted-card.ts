import type { WebexApi } from '../webex/types.js';

/** How far back a space is searched: the card was posted moments (or one outage) ago. */
const SEARCH_DEPTH = 100;

/**
 * The id of an alert's card already in a space, found among its latest messages. A card post
 * whose answer never came (a timeout, a crash before its record was committed) may still have
 * been posted; the retry looks here first rather than post a second card. A card names its alert
 * in its buttons' data (`"alertId":"…"`, a random id no other message holds).
 */
export async function findPostedCard(
  api: Pick<WebexApi, 'messages'>,
  roomId: string,
  alertId: string,
  isBot: (author: { personId?: string; personEmail?: string }) => boolean,
): Promise<string | undefined> {
  const marker = JSON.stringify({ alertId }).slice(1, -1);
  const recent = await api.messages.recent(roomId, SEARCH_DEPTH);
  return recent.find((m) => isBot(m) && JSON.stringify(m.attachments ?? []).includes(marker))?.id;
}
