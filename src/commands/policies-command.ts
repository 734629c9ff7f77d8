import { showText } from './show-text.js';
import type { Command, PolicyLine } from './types.js';

function line(p: PolicyLine): string {
  const state = p.enabled ? `**${p.severity}**` : '_off_';
  const about = p.description ? `: ${showText(p.description, 160)}` : '';
  return `- ${showText(p.title)} (\`${showText(p.name, 60)}\`), ${state}${about}`;
}

export const policiesCommand: Command = {
  name: 'policies',
  usage: 'policies',
  summary: 'the rules I apply',
  officersOnly: true,
  run({ deps }) {
    const rules = deps.policies();
    if (rules.length === 0) return 'No rules are loaded.';
    const on = rules.filter((r) => r.enabled);
    const off = rules.filter((r) => !r.enabled);
    return [`**Rules** (${on.length} on, ${off.length} off)`, ...on.map(line), ...off.map(line)].join('\n');
  },
};
