import { formatUtc } from '../cards/format-utc.js';
import type { AlertRecord } from '../alerts/types.js';
import { showText } from './show-text.js';
import type { CaseRecord } from '../cases/types.js';

function caseOf(c: CaseRecord | undefined): string {
  if (!c) return '';
  const who = c.assignee ? ` to ${showText(c.assignee, 80)}` : '';
  const until = c.state === 'snoozed' && c.snoozedUntil ? ` until ${formatUtc(new Date(c.snoozedUntil).toISOString())}` : '';
  return `**Case ${c.shortId}** (${c.state}${who}${until}) · `;
}

function whereOf(alert: AlertRecord): string {
  const { space, recording } = alert.view;
  if (space) return `in _${showText(space.title, 80)}_${space.type === 'direct' ? ' (1:1)' : ''}`;
  if (recording) return `recording _${showText(recording.topic, 80)}_`;
  return 'where unknown';
}

/** One line of the `alerts` list: what, how severe, where, when, the masked evidence, its id. */
export function describeAlert(alert: AlertRecord, c?: CaseRecord): string {
  const evidence = alert.view.evidence.slice(0, 3).map((e) => showText(e, 80));
  const more = alert.view.evidence.length > 3 ? ` +${alert.view.evidence.length - 3}` : '';
  const found = evidence.length > 0 ? `: ${evidence.join(', ')}${more}` : '';
  return caseOf(c) + [
    `**${showText(alert.title, 80)}** (\`${showText(alert.rule, 60)}\`, ${alert.severity})`,
    whereOf(alert),
    formatUtc(alert.view.at) + found,
    `id \`${alert.id}\``,
  ].join(' · ');
}
