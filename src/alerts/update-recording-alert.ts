import type { Logger } from '../log/logger.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { WebexApi } from '../webex/types.js';
import { mergeRecordingView } from './merge-recording-view.js';
import { moreAccessText } from './more-access-text.js';
import { replyUnderCards } from './reply-under-cards.js';
import type { StoredAlertView } from './types.js';

export interface UpdateRecordingDeps {
  readonly alerts: Pick<AlertsRepo, 'get' | 'updateView' | 'postsFor'>;
  /** The bot token's API: the thread notes are the bot's. */
  readonly api: Pick<WebexApi, 'messages'>;
  readonly logger: Logger;
  readonly now: () => number;
}

/**
 * More accesses to a recording that already has an open alert for this rule: no second card,
 * the stored view (the `alerts` list, a later card) takes the new accessors, and each card of the
 * alert gets a thread note naming them. An alert already acted on (deleted, dismissed) is left
 * as the officer left it. Resolves with whether the view changed.
 */
export async function updateRecordingAlert(deps: UpdateRecordingDeps, alertId: string, fresh: StoredAlertView): Promise<boolean> {
  const current = deps.alerts.get(alertId);
  if (!current || current.status !== 'open') return false;
  const change = mergeRecordingView(current.view, fresh);
  if (!change.changed || !deps.alerts.updateView(alertId, change.view, deps.now())) return false;
  deps.logger.info('recording alert updated', { alertId, rule: current.rule, newAccessors: change.added.length });
  if (change.added.length > 0) {
    const topic = change.view.recording?.topic ?? 'the recording';
    await replyUnderCards(deps.api, deps.alerts.postsFor(alertId), moreAccessText(topic, change.added), deps.logger);
  }
  return true;
}
