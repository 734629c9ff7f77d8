import { show } from './show.js';

/** How an earlier press left the alert, for whoever presses after it: `deleted`, `removed`, … */
export function heldText(outcome: string | undefined): string {
  switch (outcome) {
    case undefined:
      return 'already being handled';
    case 'already-gone':
      return 'already closed (the target was already gone)';
    case 'dry-run':
      return 'already handled in a dry run';
    default:
      return `already ${show(outcome, 40)}`;
  }
}
