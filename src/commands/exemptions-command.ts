import { formatUtc } from '../cards/format-utc.js';
import type { Exemption } from '../cases/types.js';
import { showText } from './show-text.js';
import type { Command } from './types.js';

const SHOWN = 50;

function scopeOf(e: Exemption): string {
  if (e.scope === 'value') return 'value (kept as a keyed hash)';
  if (e.scope === 'space') return `space \`${showText(e.roomId ?? '', 60)}\``;
  return `person ${showText(e.personEmail ?? '', 120)}`;
}

function line(e: Exemption): string {
  const when = formatUtc(new Date(e.createdAt).toISOString());
  return `- \`${e.id}\` · \`${showText(e.rule, 60)}\` · ${scopeOf(e)} · by ${showText(e.createdBy, 120)} · ${when} · ${showText(e.reason, 200)}`;
}

/** `exemptions`: the false positives' exemptions, oldest first (SPEC §7). */
export const exemptionsCommand: Command = {
  name: 'exemptions',
  usage: 'exemptions',
  summary: 'the exemptions made by False positive: id, rule, scope, who, when, why',
  officersOnly: true,
  run({ deps }) {
    const all = deps.cases.exemptions();
    if (all.length === 0) return 'No exemptions. (Exemptions of the policy file are listed by `policies`.)';
    const shown = all.slice(0, SHOWN).map(line);
    const more = all.length > SHOWN ? [`and ${all.length - SHOWN} more`] : [];
    return [`**Exemptions** (${all.length}; \`unexempt <id>\` removes one)`, ...shown, ...more].join('\n');
  },
};

/** `unexempt <id>`: removes one exemption; findings like it alert again. */
export const unexemptCommand: Command = {
  name: 'unexempt',
  usage: 'unexempt <id>',
  summary: 'removes an exemption: findings like it alert again',
  officersOnly: true,
  run({ args, deps, input }) {
    if (args.length !== 1 || args[0]!.length > 20) return 'Usage: `unexempt <id>`, with an id from `exemptions`. Nothing changed.';
    const removed = deps.cases.unexempt(args[0]!, { email: input.personEmail.toLowerCase(), id: '' });
    if (!removed) return `There is no exemption \`${showText(args[0]!, 20)}\`; \`exemptions\` lists them. Nothing changed.`;
    deps.logger.info('exemption removed', { exemptionId: removed.id, rule: removed.rule });
    return `Exemption \`${removed.id}\` (\`${showText(removed.rule, 60)}\`, ${removed.scope}) is removed: findings like it alert again.`;
  },
};
