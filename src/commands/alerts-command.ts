import type { CaseListFilter } from '../cases/index.js';
import { describeAlert } from './describe-alert.js';
import type { Command } from './types.js';

const SHOWN = 10;
const USAGE = 'alerts [mine|snoozed|all]';

const HEADINGS: Readonly<Record<CaseListFilter, [string, string]>> = {
  default: ['Open alerts', 'No open alerts.'],
  mine: ['Your cases', 'No open case is assigned to you.'],
  snoozed: ['Snoozed cases', 'No case is snoozed.'],
  all: ['Open, assigned and snoozed alerts', 'No open alerts.'],
};

function filterOf(args: readonly string[]): CaseListFilter | undefined {
  if (args.length === 0) return 'default';
  const word = args.length === 1 ? args[0]!.toLowerCase() : '';
  return word === 'mine' || word === 'snoozed' || word === 'all' ? word : undefined;
}

/** `alerts [mine|snoozed|all]`: open and assigned cases by default, newest first (SPEC §7). */
export const alertsCommand: Command = {
  name: 'alerts',
  usage: USAGE,
  summary: 'the open and assigned alerts, newest first; `mine`: assigned to you; `snoozed`; `all`: both and the snoozed',
  officersOnly: true,
  run({ args, deps, input }) {
    const filter = filterOf(args);
    if (!filter) return `Usage: \`${USAGE}\`; for example \`alerts mine\`.`;
    const { items, total } = deps.cases.list(filter, input.personEmail, SHOWN);
    const [heading, none] = HEADINGS[filter];
    if (total === 0) return none;
    const lines = items.map((item, i) => `${i + 1}. ${describeAlert(item.alert, item.case)}`);
    const rest = total - items.length;
    return [`**${heading}** (${total}, newest first)`, ...lines, ...(rest > 0 ? [`and ${rest} more`] : [])].join('\n');
  },
};
