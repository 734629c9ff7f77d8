import { describeAlert } from './describe-alert.js';
import type { Command } from './types.js';

const SHOWN = 10;

export const alertsCommand: Command = {
  name: 'alerts',
  usage: 'alerts',
  summary: 'the open alerts, newest first',
  officersOnly: true,
  run({ deps }) {
    const total = deps.alerts.countOpen();
    if (total === 0) return 'No open alerts.';
    const shown = deps.alerts.listOpen(SHOWN);
    const lines = shown.map((a, i) => `${i + 1}. ${describeAlert(a)}`);
    const rest = total - shown.length;
    return [`**Open alerts** (${total}, newest first)`, ...lines, ...(rest > 0 ? [`and ${rest} more`] : [])].join('\n');
  },
};
