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
import { checkCaseInputs } from './check-case-inputs.js';
import { closeCase } from './close-case.js';
import { workCase } from './work-case.js';
import { isScope } from './check-case-inputs.js';

const DONE: readonly string[] = ['deleted', 'removed', 'dismissed', 'already-gone', 'dry-run', 'false-positive'] satisfies Array<DoneOutcome | 'false-positive'>;

/**
 * Carries out alert-card button presses: read the press from Webex, check the presser and the
 * card, take the alert with one conditional update, act once with the compliance token, record
 * it in the audit log, answer in the card's thread. Steps live one per file in this folder.
 */
export function createActionHandler(deps: ActionHandlerDeps): ActionHandler {
  const now = deps.now ?? Date.now;

  /**
   * A false positive is carried out in Warden only: the exemptions are made (from stored hashes,
   * never a value) and the alert is closed; nothing is called in Webex.
   */
  function exempt(press: AuthorisedPress): { outcome: 'false-positive'; exemptions: string[] } {
    const scope = isScope(press.scope) ? press.scope : 'person';
    const made = deps.cases.exempt(press.alert, scope, press.reason ?? '', { email: press.presser.email, id: press.presser.id, actionId: press.action.id });
    return { outcome: 'false-positive', exemptions: made.map((e) => e.id) };
  }

  /** Claim, then carry out; a failure opens the alert again so that it can be pressed again. */
  async function act(press: AuthorisedPress, log: Logger): Promise<PressResult> {
    const { alert, action, presser } = press;
    if (press.verb === 'assign' || press.verb === 'snooze') return workCase(press, deps.cases, deps.alerts);
    const at = now();
    const claim = claimAlert(deps.alerts, alert.id, { by: presser.email, verb: press.verb, at, actionId: action.id });
    if (claim.kind === 'lost') return { kind: 'already-handled', holder: claim.holder };
    if (claim.kind === 'finished' && DONE.includes(claim.outcome)) {
      // The same press came back (a crash after it was carried out): only the record and answer remain.
      const outcome = claim.outcome as DoneOutcome | 'false-positive';
      const move = closeCase(deps.cases, press, outcome);
      return { kind: 'done', outcome, ...(move ? { move } : {}) };
    }
    if (claim.kind !== 'won') log.info('resuming a press interrupted after its claim', { alertId: alert.id });
    // A resumed press took the alert earlier: its DELETE may already have gone out since then.
    const claimedAt = claim.kind === 'won' ? at : (deps.alerts.claimOf(alert.id)?.at ?? at);
    const execution = press.verb === 'false-positive' ? exempt(press) : await executeVerb(deps.complianceApi, press, deps.dryRun, log, claimedAt);
    if (execution.outcome === 'failed') {
      deps.alerts.release(alert.id, action.id, now());
      return { kind: 'failed', reason: execution.reason };
    }
    deps.alerts.settle(alert.id, action.id, execution.outcome, now());
    const move = closeCase(deps.cases, press, execution.outcome);
    // Only after a deletion that happened: not on a failure, a dry run, a message already gone, or Dismiss.
    const deletedNow = press.verb === 'delete-message' && execution.outcome === 'deleted';
    const wanted = press.notifyAuthor ?? deps.cases.notifyAuthorDefault;
    const notice = !deletedNow ? undefined : wanted ? await deps.cases.tellAuthor(alert, press.reason) : ({ kind: 'not-asked' } as const);
    return {
      kind: 'done',
      outcome: execution.outcome,
      ...(move ? { move } : {}),
      ...(notice ? { notice } : {}),
      ...('exemptions' in execution ? { exemptions: execution.exemptions } : {}),
    };
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
      const bad = checkCaseInputs(auth.press, deps.cases);
      if (bad) return finish(press, auth.press.alert, { kind: 'refused', refusal: bad }, log);
      const result = await act(auth.press, log);
      await finish(press, auth.press.alert, result, log);
    },
  };
}
