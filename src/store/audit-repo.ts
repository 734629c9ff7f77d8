import type { Store } from './open-store.js';
import type { AuditEntry, AuditLog, AuditOutcome, AuditRecord } from '../audit/types.js';

interface AuditRow {
  id: number;
  at: number;
  actor_email: string;
  actor_id: string;
  verb: string;
  alert_id: string | null;
  rule: string | null;
  target: string | null;
  outcome: AuditOutcome;
  dry_run: number;
  detail: string | null;
  room_id: string | null;
  action_id: string | null;
  case_from: string | null;
  case_to: string | null;
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actorEmail: row.actor_email,
    actorId: row.actor_id,
    verb: row.verb,
    ...(row.alert_id === null ? {} : { alertId: row.alert_id }),
    ...(row.rule === null ? {} : { rule: row.rule }),
    ...(row.target === null ? {} : { target: JSON.parse(row.target) as Record<string, string> }),
    outcome: row.outcome,
    dryRun: row.dry_run === 1,
    ...(row.detail === null ? {} : { detail: row.detail }),
    ...(row.room_id === null ? {} : { roomId: row.room_id }),
    ...(row.action_id === null ? {} : { actionId: row.action_id }),
    ...(row.case_from === null ? {} : { caseFrom: row.case_from }),
    ...(row.case_to === null ? {} : { caseTo: row.case_to }),
  };
}

function toRow(entry: AuditEntry): Omit<AuditRow, 'id'> {
  return {
    at: entry.at,
    actor_email: entry.actorEmail,
    actor_id: entry.actorId,
    verb: entry.verb,
    alert_id: entry.alertId ?? null,
    rule: entry.rule ?? null,
    target: entry.target === undefined ? null : JSON.stringify(entry.target),
    outcome: entry.outcome,
    dry_run: entry.dryRun ? 1 : 0,
    detail: entry.detail ?? null,
    room_id: entry.roomId ?? null,
    action_id: entry.actionId ?? null,
    case_from: entry.caseFrom ?? null,
    case_to: entry.caseTo ?? null,
  };
}

/**
 * The append-only audit log. Only INSERT is written here; the table's triggers refuse UPDATE
 * and DELETE from anyone. A press is recorded once: its action id is unique, and a replay of the
 * same press (after a crash) is ignored rather than logged twice.
 */
export function createAuditRepo(store: Store): AuditLog {
  const db = store.db;
  const insert = db.prepare(
    // ON CONFLICT, not OR IGNORE: only a repeated action id is skipped; a row breaking a CHECK still fails loudly.
    `INSERT INTO audit (at, actor_email, actor_id, verb, alert_id, rule, target, outcome, dry_run, detail, room_id, action_id, case_from, case_to)
     VALUES (@at, @actor_email, @actor_id, @verb, @alert_id, @rule, @target, @outcome, @dry_run, @detail, @room_id, @action_id, @case_from, @case_to)
     ON CONFLICT (action_id) DO NOTHING`,
  );
  const last = db.prepare<[number], AuditRow>('SELECT * FROM audit ORDER BY id DESC LIMIT ?');
  const all = db.prepare<[], AuditRow>('SELECT * FROM audit ORDER BY id');
  return {
    record: (entry) => insert.run(toRow(entry)).changes === 1,
    last: (n) => last.all(Math.max(0, Math.floor(n))).map(toRecord),
    *all() {
      for (const row of all.iterate()) yield toRecord(row);
    },
  };
}
