import type { WebexApi } from '../webex/types.js';
import { deletedMessageText } from './deleted-message-text.js';
import { deleterOf, type Deleter } from './deleter-of.js';
import { closeOpenAlerts, type CloseOpenDeps } from './close-open-alerts.js';
import type { MessageDeletion } from './types.js';

export interface CloseDeletedDeps extends CloseOpenDeps {
  /** The compliance officer's API: who the deleter is. */
  readonly complianceApi: Pick<WebexApi, 'people'>;
}

/** How the closed alert reads to a later press: "already deleted by alice@… (its author)". */
const holderOf = (d: Deleter): string => (d.isAuthor ? `${d.email} (its author)` : d.email);

/**
 * A message with open alerts was deleted in Webex: each of its open alerts is closed as deleted
 * by whoever did it (close-open-alerts.ts). A message without open alerts costs no API call.
 * Resolves with how many alerts were closed.
 */
export async function closeDeletedMessage(deps: CloseDeletedDeps, deletion: MessageDeletion): Promise<number> {
  const subjectKey = `message:${deletion.messageId}`;
  const open = deps.alerts.openFor(subjectKey);
  if (open.length === 0) return 0;
  const deleter = await deleterOf(deps.complianceApi, deletion);
  return closeOpenAlerts(deps, {
    subjectKey,
    actionId: `messages:deleted:${deletion.messageId}`,
    by: { email: holderOf(deleter), id: deletion.actorId ?? '' },
    verb: 'deleted-in-webex',
    outcome: 'deleted',
    note: deletedMessageText(deleter, deletion.at),
    log: { message: 'alert closed: its message was deleted in Webex', fields: { byAuthor: deleter.isAuthor } },
  }, open);
}
