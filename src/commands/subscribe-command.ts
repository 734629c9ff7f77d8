import { SEVERITIES, type Severity } from '../policies/types.js';
import type { Command } from './types.js';

const USAGE = `subscribe [${SEVERITIES.join('|')}]`;

function severityOf(args: readonly string[]): Severity | undefined {
  if (args.length === 0) return 'low';
  const word = args.length === 1 ? args[0]!.toLowerCase() : '';
  return SEVERITIES.find((s) => s === word);
}

export const subscribeCommand: Command = {
  name: 'subscribe',
  usage: USAGE,
  summary: 'this space receives alerts of that severity and above (default `low`)',
  officersOnly: true,
  run({ input, args, deps }) {
    const severity = severityOf(args);
    if (!severity) {
      return `Usage: \`${USAGE}\`. For example \`subscribe high\` sends this space the high and critical alerts; nothing changed.`;
    }
    const before = deps.subscriptions.get(input.roomId);
    deps.subscriptions.subscribe(input.roomId, severity, input.personEmail);
    deps.logger.info('space subscribed', { roomId: input.roomId, minSeverity: severity, previous: before?.minSeverity });
    const scope = severity === 'critical' ? '**critical** alerts' : `alerts of **${severity}** severity and above`;
    if (before && before.minSeverity !== severity) return `This space now receives ${scope} (it was ${before.minSeverity} and above).`;
    if (before) return `This space already receives ${scope}.`;
    return `This space now receives ${scope}, from now on.`;
  },
};
