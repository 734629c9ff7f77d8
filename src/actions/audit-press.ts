import type { AlertRecord } from '../alerts/types.js';
import { cleanText } from '../cards/clean-text.js';
import type { AuditEntry, AuditOutcome } from '../audit/types.js';
import type { Refusal } from './authorise-press.js';
import { auditTarget } from './audit-target.js';
import type { PressResult } from './press-result.js';
import type { Press } from './types.js';

const REFUSED: Readonly<Record<Refusal, string>> = {
  'not-an-officer': 'not an officer',
  'unknown-alert': 'no stored alert has the id in the card data',
  'not-this-card': 'the card pressed is not one of this alert\'s cards',
  'verb-not-offered': 'the verb is not offered for this kind of alert',
};

function outcomeOf(result: PressResult): AuditOutcome {
  return result.kind === 'done' ? result.outcome : result.kind;
}

function detailOf(press: Press, result: PressResult): string | undefined {
  if (result.kind === 'refused') return REFUSED[result.refusal];
  if (result.kind === 'failed') return result.reason;
  if (result.kind === 'already-handled') return `held by ${result.holder.by} since ${new Date(result.holder.at).toISOString()}`;
  return press.reason;
}

/** The audit entry of one press; the verb is shown as sent, cut short, since a refused one may be anything. */
export function auditPress(press: Press, alert: AlertRecord | undefined, result: PressResult, dryRun: boolean, at: number): AuditEntry {
  const detail = detailOf(press, result);
  return {
    at,
    actorEmail: press.presser.email,
    actorId: press.presser.id,
    verb: cleanText(press.verb, 40),
    ...(alert ? { alertId: alert.id, rule: alert.rule, target: auditTarget(alert.target) } : {}),
    outcome: outcomeOf(result),
    dryRun,
    ...(detail === undefined ? {} : { detail }),
    roomId: press.action.roomId,
    actionId: press.action.id,
  };
}
