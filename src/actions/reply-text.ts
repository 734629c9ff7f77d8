import type { AlertRecord } from '../alerts/types.js';
import { formatUtc } from '../cards/format-utc.js';
import type { NoticeResult } from '../cases/author-notice.js';
import type { Refusal } from './authorise-press.js';
import { heldText } from './held-text.js';
import { outcomeText } from './outcome-text.js';
import type { PressResult } from './press-result.js';
import { show } from './show.js';
import type { Press } from './types.js';

const REFUSALS: Readonly<Record<Refusal, string>> = {
  'not-an-officer': 'only compliance officers can act on alerts.',
  'unknown-alert': 'this button does not belong to an alert I know.',
  'not-this-card': 'this button does not belong to the alert it names.',
  'verb-not-offered': 'that action is not offered for this alert.',
  'bad-snooze': 'a snooze takes a duration from PT1S to P30D (for example PT1H, PT8H, P1D or P7D).',
  'bad-scope': 'a false positive exempts this value, this space or this person; choose one.',
  'reason-required': 'a false positive needs a reason.',
  'no-value': 'this alert found no value that could be exempted; exempt the space or the person instead.',
  'no-space': 'this alert is not about a space; exempt the person instead.',
  'no-person': 'this alert names no person; exempt the space instead.',
};

const at = (ms: number): string => formatUtc(new Date(ms).toISOString());

function noticeText(notice: NoticeResult | undefined): string {
  switch (notice?.kind) {
    case undefined:
    case 'not-asked':
      return '';
    case 'told':
      return ' The author was told in a 1:1 message.';
    case 'external':
      return ' The author, of another organisation, was not told.';
    case 'no-author':
      return ' The author could not be told: Webex did not say who it was.';
    case 'refused':
      return ' The author could not be told: Webex refused the 1:1 message.';
  }
}

function doneText(who: string, alert: AlertRecord | undefined, result: Extract<PressResult, { kind: 'done' }>, dryRun: boolean): string {
  if (result.outcome === 'false-positive') {
    const ids = (result.exemptions ?? []).map((id) => `\`${id}\``).join(', ');
    return `${who} marked this alert a false positive and closed it. Exemption ${ids}: later findings like it raise no alert (\`unexempt <id>\` to undo).`;
  }
  const text = alert ? outcomeText(alert, result.outcome) : 'handled this alert';
  if (result.outcome === 'dry-run') return `Dry run: ${text}, as ${who} asked. Nothing was changed in Webex.`;
  const note = dryRun && result.outcome === 'dismissed' ? ' (dry run)' : '';
  return `${who} ${text}${note}.${noticeText(result.notice)}`;
}

function lostText(result: Extract<PressResult, { kind: 'case-lost' }>): string {
  const what =
    result.state === 'assigned' ? `assigned to **${show(result.assignee ?? '')}**` : result.state === 'snoozed' ? 'snoozed' : `closed as ${result.state}`;
  const by = result.by ? ` by **${show(result.by)}**` : '';
  return `this case was just ${what}${by}${result.at ? ` at ${at(result.at)}` : ''}`;
}

/** The answer posted in the card's thread; it always names the officer who pressed. */
export function replyText(press: Press, alert: AlertRecord | undefined, result: PressResult, dryRun: boolean): string {
  const who = `**${show(press.presser.email || 'someone Webex could not name')}**`;
  switch (result.kind) {
    case 'refused':
      return `Sorry ${who}, ${REFUSALS[result.refusal]} Nothing was changed.`;
    case 'already-handled': {
      const { holder } = result;
      return `${who}, nothing was done: this alert was ${heldText(holder.outcome)} by **${show(holder.by)}** at ${at(holder.at)}.`;
    }
    case 'case-lost':
      return `${who}, nothing was done: ${lostText(result)}.`;
    case 'case': {
      const id = `**Case ${result.record.shortId}**`;
      if (result.outcome === 'snoozed') {
        return `${who} snoozed ${id} until ${at(result.record.snoozedUntil ?? 0)}: it leaves \`alerts\` until then, and I say here when it is back.`;
      }
      const again = result.move?.from === 'assigned' ? 'reassigned' : 'took';
      return `${who} ${again} ${id}: it is assigned to them.`;
    }
    case 'failed':
      return `${who}, that did not work: ${show(result.reason, 240)}. The alert is open again; press again later, or act in Control Hub.`;
    case 'done':
      return doneText(who, alert, result, dryRun);
  }
}
