import { isOfficer } from './is-officer.js';
import { showText } from './show-text.js';
import type { Command } from './types.js';

const USAGE = 'assign <case> <email>';

/** `assign <case> <email>`: gives the case to an officer, who is mentioned in the card's thread. */
export const assignCommand: Command = {
  name: 'assign',
  usage: USAGE,
  summary: 'gives a case (e.g. `7QX4`) to another officer, mentioned under its card',
  officersOnly: true,
  async run({ args, deps, input }) {
    if (args.length !== 2) return `Usage: \`${USAGE}\`; for example \`assign 7QX4 carol@example.com\`. Nothing changed.`;
    const [ref, email] = [args[0]!, args[1]!.replace(/^mailto:/i, '').toLowerCase()];
    const found = deps.cases.find(ref);
    if (!found) return `There is no case \`${showText(ref, 20)}\`; \`alerts all\` lists them. Nothing changed.`;
    if (!isOfficer(deps.officers, email)) return `${showText(email, 120)} is not a compliance officer: a case goes to an officer. Nothing changed.`;
    const result = await deps.cases.assignByCommand(found, email, { email: input.personEmail.toLowerCase(), id: '' });
    if (result.kind === 'lost') return `Case ${found.shortId} is ${result.state}${result.by ? ` (by ${showText(result.by)})` : ''}: nothing changed.`;
    deps.logger.info('case assigned', { alertId: found.alertId, caseId: found.shortId });
    return `**Case ${found.shortId}** is now assigned to **${showText(email)}**; they are mentioned under its card.`;
  },
};
