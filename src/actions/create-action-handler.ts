import type { AlertRecord } from '../alerts/types.js';
import { childLogger, type Logger } from '../log/logger.js';
import { auditPress } from './audit-press.js';
import { authorisePress } from './authorise-press.js';
import { claimAlert } from './claim-alert.js';
import { executeVerb, type DoneOutcome } from './execute-verb.js';
import { fetchPress } from './fetch-press.js';
import { verbLabel } from './is-offered-verb.js';
import type { PressResult } from './press-result.js';
import { replyInThread } from './reply-in-thread.js';
import { replyText } from './reply-text.js';
import type { ActionHandler, ActionHandlerDeps, AuthorisedPress, Press } from './types.js';

const DONE: readonly string[] = ['deleted', 'removed', 'dismissed', 'already-gone', 'dry-run'] satisfies DoneOutcome[];

/**
 * Carries out alert-card button presses: read the press from Webex, check the presser and the
 * card, take the alert with one conditional update, act once with the compliance token, record
 * it in the audit log, answer in the card's thread. Steps live one per file in this folder.
 */
export function createActionHandler(deps: ActionHandlerDeps): ActionHandler {
  const now = deps.now ?? Date.now;

  /** Claim, then carry out; a failure opens the alert again so that it can be pressed again. */
  async function act(press: AuthorisedPress, log: Logger): Promise<PressResult> {
    const { alert, action, presser } = press;
    const at = now();
    const claim = claimAlert(deps.alerts, alert.id, { by: presser.email, verb: press.verb, at, actionId: action.id });
    if (claim.kind === 'lost') return { kind: 'already-handled', holder: claim.holder };
    if (claim.kind === 'finished' && DONE.includes(claim.outcome)) {
      // The same press came back (a crash after it was carried out): only the record and answer remain.
      return { kind: 'done', outcome: claim.outcome as DoneOutcome };
    }
    if (claim.kind !== 'won') log.info('resuming a press interrupted after its claim', { alertId: alert.id });
    // A resumed press took the alert earlier: its DELETE may already have gone out since then.
    const claimedAt = claim.kind === 'won' ? at : (deps.alerts.claimOf(alert.id)?.at ?? at);
    const execution = await executeVerb(deps.complianceApi, press, deps.dryRun, log, claimedAt);
    if (execution.outcome === 'failed') {
      deps.alerts.release(alert.id, action.id, now());
      return { kind: 'failed', reason: execution.reason };
    }
    deps.alerts.settle(alert.id, action.id, execution.outcome, now());
    return { kind: 'done', outcome: execution.outcome };
  }

  /** Records the press (once per action id) and answers it in the thread. */
  async function finish(press: Press, alert: AlertRecord | undefined, result: PressResult, log: Logger): Promise<void> {
    const entry = auditPress(press, alert, result, deps.dryRun, now());
    const recorded = deps.audit.record(entry);
    if (recorded) deps.metrics?.actionTaken(verbLabel(press.verb), entry.outcome);
    const fields = { alertId: alert?.id, verb: entry.verb, outcome: entry.outcome, dryRun: deps.dryRun, replayed: !recorded };
    if (result.kind === 'refused' || result.kind === 'failed') log.warn('button press not carried out', { ...fields, detail: entry.detail });
    else log.info('button press', fields);
    await replyInThread(deps.botApi, press.action, replyText(press, alert, result, deps.dryRun), log);
  }

  return {
    async handle(envelope) {
      const log = childLogger(deps.logger, 'actions', { actionId: envelope.data.id });
      const press = await fetchPress(deps.botApi, envelope.data.id, deps.officers);
      if (!press) {
        log.warn('Webex no longer knows this button press; nothing to do');
        return;
      }
      const auth = authorisePress(press, deps.alerts);
      if (!auth.ok) return finish(press, auth.alert, { kind: 'refused', refusal: auth.refusal }, log);
      const result = await act(auth.press, log);
      await finish(press, auth.press.alert, result, log);
    },
  };
}
