import type { Cases } from '../cases/index.js';
import { snoozeMs } from '../cases/snooze-duration.js';
import type { TransitionResult } from '../cases/types.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { PressResult } from './press-result.js';
import type { AuthorisedPress } from './types.js';

function resultOf(outcome: 'assigned' | 'snoozed', t: TransitionResult): PressResult {
  if (t.kind === 'moved') return { kind: 'case', outcome, record: t.record, move: { from: t.from, to: t.to } };
  if (t.kind === 'replayed') return { kind: 'case', outcome, record: t.record };
  return { kind: 'case-lost', state: t.state, ...(t.by ? { by: t.by } : {}), ...(t.at ? { at: t.at } : {}), ...(t.assignee ? { assignee: t.assignee } : {}) };
}

/**
 * Assign to me and Snooze: the case moves, the alert stays open for a remedy. An alert a remedy
 * already holds (or closed) is not moved: the presser is told who handled it, as for a remedy.
 */
export function workCase(press: AuthorisedPress, cases: Cases, alerts: Pick<AlertsRepo, 'claimOf'>): PressResult {
  const holder = alerts.claimOf(press.alert.id);
  if (holder && holder.actionId !== press.action.id) return { kind: 'already-handled', holder };
  const seenAt = Date.parse(press.action.created);
  const actor = { email: press.presser.email, id: press.presser.id, actionId: press.action.id, ...(Number.isNaN(seenAt) ? {} : { seenAt }) };
  if (press.verb === 'assign') return resultOf('assigned', cases.assign(press.alert.id, press.presser.email, actor));
  // Checked by checkCaseInputs before this is reached.
  const ms = snoozeMs(press.snoozeFor)!;
  return resultOf('snoozed', cases.snooze(press.alert.id, ms, actor));
}
