import type { AuditRecord } from './types.js';

export type ExportFormat = 'csv' | 'jsonl';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

const COLUMNS = ['id', 'at', 'actor_email', 'actor_id', 'verb', 'alert_id', 'rule', 'target', 'outcome', 'dry_run', 'detail', 'room_id', 'action_id', 'case_from', 'case_to'] as const;

type Flat = Record<(typeof COLUMNS)[number], string>;

function flatten(r: AuditRecord): Flat {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    actor_email: r.actorEmail,
    actor_id: r.actorId,
    verb: r.verb,
    alert_id: r.alertId ?? '',
    rule: r.rule ?? '',
    target: r.target ? JSON.stringify(r.target) : '',
    outcome: r.outcome,
    dry_run: r.dryRun ? 'true' : 'false',
    detail: r.detail ?? '',
    room_id: r.roomId ?? '',
    action_id: r.actionId ?? '',
    case_from: r.caseFrom ?? '',
    case_to: r.caseTo ?? '',
  };
}

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled.
 * A field a spreadsheet would run as a formula (a presser's verb, an officer's reason) is led by
 * an apostrophe, so opening the export never executes what someone typed.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function jsonLine(r: AuditRecord): string {
  const { id, at, ...rest } = r;
  return `${JSON.stringify({ id, at: new Date(at).toISOString(), ...rest })}\n`;
}

/**
 * The audit log for auditors, line by line (lazy, so a long log is never held in memory): CSV
 * with a header row and CRLF line ends, or JSON lines. Pure: records in, text out.
 */
export function* exportAudit(records: Iterable<AuditRecord>, format: ExportFormat): Generator<string> {
  if (format === 'csv') yield csvLine(COLUMNS);
  for (const record of records) {
    if (format === 'jsonl') yield jsonLine(record);
    else {
      const flat = flatten(record);
      yield csvLine(COLUMNS.map((c) => flat[c]));
    }
  }
}
