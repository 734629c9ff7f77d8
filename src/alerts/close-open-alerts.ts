import type { Logger } from '../log/logger.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { WebexApi } from '../webex/types.js';
import { replyUnderCards } from './reply-under-cards.js';

export interface CloseOpenDeps {
  readonly alerts: Pick<AlertsRepo, 'openFor' | 'claim' | 'settle' | 'postsFor'>;
  /** The bot token's API: the thread notes are the bot's. */
  readonly botApi: Pick<WebexApi, 'messages'>;
  readonly logger: Logger;
  readonly now?: () => number;
  /** Closes the alert's case as `gone` (src/cases), recording who did what in Webex. */
  readonly closeCase?: (alertId: string, by: { email: string; id: string }, verb: ClosedInWebex['verb']) => void;
}

/** What happened to a subject in Webex, and how its open alerts are closed for it. */
export interface ClosedInWebex {
  subjectKey: string;
  /** Not a Webex attachment action id: it can never equal a press's, so a press after this is told who. */
  actionId: string;
  /** Who did it, as a later press is told ("alice@… (its author)"), and their person id. */
  by: { email: string; id: string };
  verb: 'deleted-in-webex' | 'left-in-webex';
  outcome: 'deleted' | 'removed' | 'already-gone';
  /** The note under each card. */
  note: string;
  /** The log line, and what it says beside the alert. */
  log: { message: string; fields: Record<string, unknown> };
}

/**
 * A subject with open alerts changed in Webex (its message deleted, its member gone): each open
 * alert is closed with the same conditional claim a button press makes (a press that took the
 * alert first keeps it), its case closed as `gone` when `closeCase` is given, and a note goes under
 * each of its cards. The view, and so the masked evidence, is kept. Resolves with how many alerts were closed.
 */
export async function closeOpenAlerts(deps: CloseOpenDeps, what: ClosedInWebex, open = deps.alerts.openFor(what.subjectKey)): Promise<number> {
  const at = (deps.now ?? Date.now)();
  let closed = 0;
  for (const alert of open) {
    if (!deps.alerts.claim(alert.id, { by: what.by.email, verb: what.verb, at, actionId: what.actionId })) continue;
    deps.alerts.settle(alert.id, what.actionId, what.outcome, at);
    deps.closeCase?.(alert.id, what.by, what.verb);
    closed += 1;
    deps.logger.info(what.log.message, { alertId: alert.id, rule: alert.rule, ...what.log.fields });
    await replyUnderCards(deps.botApi, deps.alerts.postsFor(alert.id), what.note, deps.logger);
  }
  return closed;
}
