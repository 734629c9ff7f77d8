import type { AlertRecord } from '../alerts/types.js';
import { formatUtc } from '../cards/format-utc.js';
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
};

const at = (ms: number): string => formatUtc(new Date(ms).toISOString());

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
    case 'failed':
      return `${who}, that did not work: ${show(result.reason, 240)}. The alert is open again; press again later, or act in Control Hub.`;
    case 'done': {
      const text = alert ? outcomeText(alert, result.outcome) : 'handled this alert';
      if (result.outcome === 'dry-run') return `Dry run: ${text}, as ${who} asked. Nothing was changed in Webex.`;
      const note = dryRun && result.outcome === 'dismissed' ? ' (dry run)' : '';
      return `${who} ${text}${note}.`;
    }
  }
}
