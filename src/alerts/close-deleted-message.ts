import type { Logger } from '../log/logger.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { WebexApi } from '../webex/types.js';
import { deletedMessageText } from './deleted-message-text.js';
import { deleterOf, type Deleter } from './deleter-of.js';
import { replyUnderCards } from './reply-under-cards.js';
import type { MessageDeletion } from './types.js';

export interface CloseDeletedDeps {
  readonly alerts: Pick<AlertsRepo, 'openFor' | 'claim' | 'settle' | 'postsFor'>;
  /** The bot token's API: the thread notes are the bot's. */
  readonly botApi: Pick<WebexApi, 'messages'>;
  /** The compliance officer's API: who the deleter is. */
  readonly complianceApi: Pick<WebexApi, 'people'>;
  readonly logger: Logger;
  readonly now?: () => number;
  /** Closes the alert's case as `gone` (src/cases), recording who deleted the message. */
  readonly closeCase?: (alertId: string, by: { email: string; id: string }) => void;
}

/** How the closed alert reads to a later press: "already deleted by alice@… (its author)". */
const holderOf = (d: Deleter): string => (d.isAuthor ? `${d.email} (its author)` : d.email);

/**
 * A message with open alerts was deleted in Webex: each of its open alerts is closed as deleted
 * by whoever did it, with the same conditional claim a button press makes (a press that took the
 * alert first keeps it), and a note goes under each of its cards. The view, and so the masked
 * evidence, is kept. A message without open alerts costs no API call. Resolves with how many
 * alerts were closed.
 */
export async function closeDeletedMessage(deps: CloseDeletedDeps, deletion: MessageDeletion): Promise<number> {
  const open = deps.alerts.openFor(`message:${deletion.messageId}`);
  if (open.length === 0) return 0;
  const deleter = await deleterOf(deps.complianceApi, deletion);
  const at = (deps.now ?? Date.now)();
  // Not a Webex attachment action id: it can never equal a press's, so a press after this is told who.
  const actionId = `messages:deleted:${deletion.messageId}`;
  let closed = 0;
  for (const alert of open) {
    if (!deps.alerts.claim(alert.id, { by: holderOf(deleter), verb: 'deleted-in-webex', at, actionId })) continue;
    deps.alerts.settle(alert.id, actionId, 'deleted', at);
    deps.closeCase?.(alert.id, { email: holderOf(deleter), id: deletion.actorId ?? '' });
    closed += 1;
    deps.logger.info('alert closed: its message was deleted in Webex', { alertId: alert.id, rule: alert.rule, byAuthor: deleter.isAuthor });
    await replyUnderCards(deps.botApi, deps.alerts.postsFor(alert.id), deletedMessageText(deleter, deletion.at), deps.logger);
  }
  return closed;
}
