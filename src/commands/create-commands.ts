import type { AuditLog } from '../audit/types.js';
import { alertsCommand } from './alerts-command.js';
import { auditCommand } from './audit-command.js';
import { fitReply } from './fit-reply.js';
import { helpCommand } from './help-command.js';
import { isOfficer } from './is-officer.js';
import { parseCommand } from './parse-command.js';
import { policiesCommand } from './policies-command.js';
import { statusCommand } from './status-command.js';
import { subscribeCommand } from './subscribe-command.js';
import type { Command, CommandDeps, CommandInput } from './types.js';
import { unsubscribeCommand } from './unsubscribe-command.js';
import { assignCommand } from './assign-command.js';
import { exemptionsCommand, unexemptCommand } from './exemptions-command.js';

export interface Commands {
  /** The markdown reply to what was said; never throws for bad input. */
  run(input: CommandInput): Promise<string>;
}

const COMMANDS: readonly Command[] = [
  helpCommand,
  subscribeCommand,
  unsubscribeCommand,
  statusCommand,
  alertsCommand,
  assignCommand,
  exemptionsCommand,
  unexemptCommand,
  policiesCommand,
];

const UNKNOWN = "I don't know that command; say `help` to see what I can do.";
const refusal = (name: string): string => `Sorry, only compliance officers can use \`${name}\`. Say \`help\` to see what I do.`;

/** The officers' commands: one handler per name, everyone but the officers limited to `help`. */
export function createCommands(deps: CommandDeps & { readonly audit?: Pick<AuditLog, 'last'> }): Commands {
  // `audit` is offered (and listed by `help`, after `alerts`) only where an audit log is wired.
  const { audit } = deps;
  const commands = audit ? COMMANDS.flatMap((c) => (c === alertsCommand ? [c, auditCommand(audit)] : [c])) : COMMANDS;
  const byName = new Map(commands.map((c) => [c.name, c]));
  return {
    async run(input) {
      const { name, args } = parseCommand(input.text);
      // Saying nothing but the bot's name is a fair way to ask what it does.
      const command = name === '' ? helpCommand : byName.get(name);
      if (!command) {
        deps.logger.info('unknown command', { roomId: input.roomId });
        return UNKNOWN;
      }
      if (command.officersOnly && !isOfficer(deps.officers, input.personEmail)) {
        deps.logger.warn('command refused: not an officer', { command: command.name, roomId: input.roomId });
        return refusal(command.name);
      }
      deps.logger.info('command', { command: command.name, roomId: input.roomId });
      return fitReply(await command.run({ input, args, deps, commands }));
    },
  };
}
