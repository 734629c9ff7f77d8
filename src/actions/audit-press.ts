import type { AlertRecord } from '../alerts/types.js';
import { cleanText } from '../cards/clean-text.js';
import type { AuditEntry, AuditOutcome } from '../audit/types.js';
import type { NoticeResult } from '../cases/author-notice.js';
import type { Refusal } from './authorise-press.js';
import { auditTarget } from './audit-target.js';
import type { PressResult } from './press-result.js';
import type { Press } from './types.js';

const REFUSED: Readonly<Record<Refusal, string>> = {
  'not-an-officer': 'not an officer',
  'unknown-alert': 'no stored alert has the id in the card data',
  'not-this-card': 'the card pressed is not one of this alert\'s cards',
  'verb-not-offered': 'the verb is not offered for this kind of alert',
  'bad-snooze': 'snoozeFor is not an ISO 8601 duration from PT1S to P30D',
  'bad-scope': 'scope is not one of value, space, person',
  'reason-required': 'a false positive needs a reason',
  'no-value': 'the alert has no value to exempt',
  'no-space': 'the alert is not about a space',
  'no-person': 'the alert names no person',
};

/** What the audit says of telling the author (SPEC §7): told, not told and why. */
function noticeNote(notice: NoticeResult | undefined): string | undefined {
  switch (notice?.kind) {
    case undefined:
      return undefined;
    case 'not-asked':
      return 'author not told (toggle off)';
    case 'told':
      return 'author told';
    case 'external':
      return 'author not told: of another organisation';
    case 'no-author':
      return 'author not told: unknown author';
    case 'refused':
      return `author not told: Webex refused the message${notice.status ? ` (${notice.status})` : ''}`;
  }
}

function outcomeOf(result: PressResult): AuditOutcome {
  if (result.kind === 'done') return result.outcome;
  if (result.kind === 'case') return result.outcome;
  if (result.kind === 'case-lost') return 'already-handled';
  return result.kind;
}

function detailOf(press: Press, result: PressResult): string | undefined {
  if (result.kind === 'refused') return REFUSED[result.refusal];
  if (result.kind === 'failed') return result.reason;
  if (result.kind === 'already-handled') return `held by ${result.holder.by} since ${new Date(result.holder.at).toISOString()}`;
  if (result.kind === 'case-lost') return `case ${result.state}${result.by ? ` by ${result.by}` : ''}${result.at ? ` at ${new Date(result.at).toISOString()}` : ''}`;
  if (result.kind === 'case') {
    const until = result.record.snoozedUntil;
    return result.outcome === 'snoozed' && until ? `until ${new Date(until).toISOString()}` : `assignee ${result.record.assignee ?? ''}`;
  }
  const parts = [press.reason, result.exemptions?.length ? `exemption ${result.exemptions.join(', ')}` : undefined, noticeNote(result.notice)];
  const detail = parts.filter((p) => p !== undefined).join('; ');
  return detail === '' ? undefined : detail;
}

/** The audit entry of one press; the verb is shown as sent, cut short, since a refused one may be anything. */
export function auditPress(press: Press, alert: AlertRecord | undefined, result: PressResult, dryRun: boolean, at: number): AuditEntry {
  const detail = detailOf(press, result);
  const move = result.kind === 'done' || result.kind === 'case' ? result.move : undefined;
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
    ...(move ? { caseFrom: move.from, caseTo: move.to } : {}),
  };
}
