import type { Command } from './types.js';

const INTRO =
  "I'm **Warden**. I watch the organisation's Webex spaces for card numbers, credentials and sharing with outsiders, " +
  'and post an alert card in every space subscribed to alerts; a compliance officer acts on it with one click.';

export const helpCommand: Command = {
  name: 'help',
  usage: 'help',
  summary: 'what I do and what you can say',
  officersOnly: false,
  run({ commands, input }) {
    const lines = commands.map((c) => `- \`${c.usage}\`: ${c.summary}${c.officersOnly ? ' _(officers)_' : ''}`);
    const how = input.roomType === 'group' ? 'In a group space, mention me first, e.g. `@Warden status`.' : 'Say a command:';
    return [INTRO, '', how, ...lines].join('\n');
  },
};
