import type { AlertRecord } from '../alerts/types.js';
import type { DoneOutcome } from './execute-verb.js';
import { show } from './show.js';

/** What the alert's target is called in an answer. */
function thing(alert: AlertRecord): string {
  const target = alert.target;
  if (target.kind === 'message') return 'the message';
  if (target.kind === 'recording') return 'the recording';
  if (target.kind === 'meeting-message') return 'the meeting chat message';
  if (target.kind === 'transcript') return 'the transcript';
  return show(target.personEmail);
}

/** What was done (or would have been), as said after the officer's name; no final stop. */
export function outcomeText(alert: AlertRecord, outcome: DoneOutcome): string {
  const what = thing(alert);
  const removal = alert.target.kind === 'membership';
  switch (outcome) {
    case 'deleted':
      return `deleted ${what}`;
    case 'removed':
      return `removed ${what} from the space`;
    case 'dismissed':
      return 'dismissed this alert; nothing was changed in Webex';
    case 'already-gone':
      return removal
        ? `asked to remove ${what}, who had already left the space since this alert (a later join is judged on its own); the alert is closed`
        : `asked to delete ${what}, which was already deleted; the alert is closed`;
    case 'dry-run':
      return removal ? `would have removed ${what} from the space` : `would have deleted ${what}`;
  }
}

