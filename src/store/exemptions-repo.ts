import type { Store } from './open-store.js';
import type { Exemption, NewExemption } from '../cases/types.js';

/** Exemptions made by marking a case a false positive (SPEC §7). A value is only ever a keyed hash. */
export interface ExemptionsRepo {
  add(e: NewExemption): void;
  list(): Exemption[];
  get(id: string): Exemption | undefined;
  remove(id: string): boolean;
  /**
   * The exemption of the rule that covers a finding: its space, its person, or every one of its
   * value hashes (a message with one more value than was exempted still alerts).
   */
  matches(rule: string, probe: { valueHashes: readonly string[]; roomId?: string; personEmail?: string }): Exemption | undefined;
}

interface ExemptionRow {
  id: string;
  rule: string;
  scope: Exemption['scope'];
  value_hash: string | null;
  room_id: string | null;
  person_email: string | null;
  created_by: string;
  created_at: number;
  reason: string;
  alert_id: string | null;
}

function toExemption(row: ExemptionRow): Exemption {
  return {
    id: row.id,
    rule: row.rule,
    scope: row.scope,
    createdBy: row.created_by,
    createdAt: row.created_at,
    reason: row.reason,
    ...(row.value_hash === null ? {} : { valueHash: row.value_hash }),
    ...(row.room_id === null ? {} : { roomId: row.room_id }),
    ...(row.person_email === null ? {} : { personEmail: row.person_email }),
    ...(row.alert_id === null ? {} : { alertId: row.alert_id }),
  };
}

export function createExemptionsRepo(store: Store): ExemptionsRepo {
  const db = store.db;
  const insert = db.prepare(
    `INSERT INTO exemptions (id, rule, scope, value_hash, room_id, person_email, created_by, created_at, reason, alert_id)
     VALUES (@id, @rule, @scope, @valueHash, @roomId, @personEmail, @createdBy, @createdAt, @reason, @alertId)`,
  );
  const all = db.prepare<[], ExemptionRow>('SELECT * FROM exemptions ORDER BY created_at, id');
  const one = db.prepare<[string], ExemptionRow>('SELECT * FROM exemptions WHERE id = ?');
  const del = db.prepare<[string]>('DELETE FROM exemptions WHERE id = ?');
  const bySpace = db.prepare<[string, string], ExemptionRow>("SELECT * FROM exemptions WHERE rule = ? AND scope = 'space' AND room_id = ? LIMIT 1");
  const byPerson = db.prepare<[string, string], ExemptionRow>("SELECT * FROM exemptions WHERE rule = ? AND scope = 'person' AND person_email = ? LIMIT 1");
  const byHash = db.prepare<[string, string], ExemptionRow>("SELECT * FROM exemptions WHERE rule = ? AND scope = 'value' AND value_hash = ? LIMIT 1");
  return {
    add: (e) => void insert.run({ valueHash: null, roomId: null, personEmail: null, alertId: null, ...e }),
    list: () => all.all().map(toExemption),
    get: (id) => {
      const row = one.get(id);
      return row ? toExemption(row) : undefined;
    },
    remove: (id) => del.run(id).changes === 1,
    matches(rule, probe) {
      // Indexed lookups only: the cost of a finding does not grow with the number of exemptions.
      const email = probe.personEmail?.toLowerCase();
      const hit = (probe.roomId ? bySpace.get(rule, probe.roomId) : undefined) ?? (email ? byPerson.get(rule, email) : undefined);
      if (hit) return toExemption(hit);
      if (probe.valueHashes.length === 0) return undefined;
      let first: ExemptionRow | undefined;
      for (const hash of new Set(probe.valueHashes)) {
        const row = byHash.get(rule, hash);
        if (!row) return undefined;
        first ??= row;
      }
      return first ? toExemption(first) : undefined;
    },
  };
}
