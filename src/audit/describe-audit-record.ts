import { formatUtc } from '../cards/format-utc.js';
import { show } from '../actions/show.js';
import type { AuditRecord } from './types.js';

/** One line of the `audit` command: when, who, what, on which alert, how it ended, dry run or not. */
export function describeAuditRecord(record: AuditRecord): string {
  const who = show(record.actorEmail || record.actorId, 80);
  const alert = record.alertId ? `alert \`${record.alertId}\`${record.rule ? ` (${show(record.rule, 60)})` : ''}` : 'no alert';
  const dry = record.dryRun ? ' · _dry run_' : '';
  const moved = record.caseFrom && record.caseTo ? ` · case ${show(record.caseFrom, 20)} → ${show(record.caseTo, 20)}` : '';
  const note = record.caseTo && record.detail ? ` · ${show(record.detail, 160)}` : '';
  return `${formatUtc(new Date(record.at).toISOString())} · **${who}** · ${show(record.verb, 40)} · ${alert} · **${record.outcome}**${moved}${note}${dry}`;
}
