import type { Store } from './open-store.js';
import type { CaseRecord, CaseState, NewCase } from '../cases/types.js';

/** The cases of alerts (SPEC §7): one per alert, changed only by a conditional update on its version. */
export interface CasesRepo {
  /** Stores the case unless the alert has one; false when its short id is taken (pick another). */
  insert(c: NewCase): 'stored' | 'exists' | 'short-id-taken';
  get(alertId: string): CaseRecord | undefined;
  byShortId(shortId: string): CaseRecord | undefined;
  /**
   * Moves the case from the version read to the next one: one conditional UPDATE, so of two
   * changes made from the same reading exactly one lands. False when another came first.
   */
  move(alertId: string, version: number, change: CaseChange): boolean;
  /** Cases in these states, newest alert first, with the alert still open. */
  list(states: readonly CaseState[], limit: number, assignee?: string): CaseRecord[];
  count(states: readonly CaseState[], assignee?: string): number;
  /** The earliest until-time of a snoozed case. */
  nextWake(): number | undefined;
  /** Snoozed cases whose time has come. */
  due(now: number): CaseRecord[];
  /** Open alerts that have no case yet (raised before cases existed). */
  alertsWithoutCase(): string[];
}

export interface CaseChange {
  state: CaseState;
  assignee: string | null;
  snoozedUntil: number | null;
  resumeState: 'open' | 'assigned' | null;
  by: string;
  at: number;
  actionId: string | null;
}

interface CaseRow {
  alert_id: string;
  short_id: string;
  state: CaseState;
  assignee: string | null;
  snoozed_until: number | null;
  resume_state: 'open' | 'assigned' | null;
  version: number;
  last_by: string | null;
  last_at: number | null;
  last_action_id: string | null;
  value_hashes: string;
  author_id: string | null;
  author_email: string | null;
  author_external: number;
  created_at: number;
}

function toRecord(row: CaseRow): CaseRecord {
  return {
    alertId: row.alert_id,
    shortId: row.short_id,
    state: row.state,
    version: row.version,
    createdAt: row.created_at,
    valueHashes: JSON.parse(row.value_hashes) as string[],
    authorExternal: row.author_external === 1,
    ...(row.assignee === null ? {} : { assignee: row.assignee }),
    ...(row.snoozed_until === null ? {} : { snoozedUntil: row.snoozed_until }),
    ...(row.resume_state === null ? {} : { resumeState: row.resume_state }),
    ...(row.last_by === null ? {} : { lastBy: row.last_by }),
    ...(row.last_at === null ? {} : { lastAt: row.last_at }),
    ...(row.last_action_id === null ? {} : { lastActionId: row.last_action_id }),
    ...(row.author_id === null ? {} : { authorId: row.author_id }),
    ...(row.author_email === null ? {} : { authorEmail: row.author_email }),
  };
}

/** `state IN (?, ?, …)` for a list known only at the call: the states are our own constants. */
function inList(states: readonly CaseState[]): string {
  return states.map((s) => `'${s.replace(/[^a-z-]/g, '')}'`).join(', ');
}

function params(assignee: string | undefined, rest: Record<string, unknown>): Record<string, unknown> {
  return assignee === undefined ? rest : { ...rest, assignee };
}

export function createCasesRepo(store: Store): CasesRepo {
  const db = store.db;
  const insert = db.prepare(
    `INSERT INTO cases (alert_id, short_id, value_hashes, author_id, author_email, author_external, created_at)
     VALUES (@alertId, @shortId, @valueHashes, @authorId, @authorEmail, @authorExternal, @createdAt)
     ON CONFLICT (alert_id) DO NOTHING`,
  );
  const byAlert = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE alert_id = ?');
  const byShort = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE short_id = ?');
  const move = db.prepare(
    `UPDATE cases SET state = @state, assignee = @assignee, snoozed_until = @snoozedUntil, resume_state = @resumeState,
       last_by = @by, last_at = @at, last_action_id = @actionId, version = version + 1
     WHERE alert_id = @alertId AND version = @version`,
  );
  const nextWake = db.prepare<[], { t: number | null }>("SELECT MIN(snoozed_until) AS t FROM cases WHERE state = 'snoozed'");
  const due = db.prepare<[number], CaseRow>("SELECT * FROM cases WHERE state = 'snoozed' AND snoozed_until <= ? ORDER BY snoozed_until");
  const orphans = db.prepare<[], { id: string }>("SELECT id FROM alerts WHERE status = 'open' AND id NOT IN (SELECT alert_id FROM cases)");
  const lists = new Map<string, ReturnType<typeof db.prepare>>();
  const statement = (sql: string) => {
    let s = lists.get(sql);
    if (!s) lists.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const where = (states: readonly CaseState[], assignee?: string) =>
    `FROM cases c JOIN alerts a ON a.id = c.alert_id WHERE a.status = 'open' AND c.state IN (${inList(states)})${assignee === undefined ? '' : ' AND c.assignee = @assignee'}`;

  return {
    insert(c) {
      try {
        const { changes } = insert.run({
          ...c,
          valueHashes: JSON.stringify(c.valueHashes),
          authorId: c.authorId ?? null,
          authorEmail: c.authorEmail ?? null,
          authorExternal: c.authorExternal ? 1 : 0,
        });
        return changes === 1 ? 'stored' : 'exists';
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return 'short-id-taken';
        throw err;
      }
    },
    get: (alertId) => {
      const row = byAlert.get(alertId);
      return row ? toRecord(row) : undefined;
    },
    byShortId: (shortId) => {
      const row = byShort.get(shortId);
      return row ? toRecord(row) : undefined;
    },
    move: (alertId, version, change) => move.run({ ...change, alertId, version }).changes === 1,
    list: (states, limit, assignee) =>
      (statement(`SELECT c.* ${where(states, assignee)} ORDER BY a.created_at DESC, a.rowid DESC LIMIT @limit`).all(params(assignee, { limit })) as CaseRow[]).map(
        toRecord,
      ),
    count: (states, assignee) => (statement(`SELECT COUNT(*) AS n ${where(states, assignee)}`).get(params(assignee, {})) as { n: number }).n,
    nextWake: () => nextWake.get()?.t ?? undefined,
    due: (now) => due.all(now).map(toRecord),
    alertsWithoutCase: () => orphans.all().map((r) => r.id),
  };
}
