import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../src/store/open-store.js';
import { createAuditRepo } from '../../../src/store/audit-repo.js';
import { sampleEntry } from './sample-entry.js';

test('entries come back as recorded: last(n) newest first, all() oldest first', () => {
  const store = openStore(':memory:');
  const audit = createAuditRepo(store);
  const entries = [sampleEntry(), sampleEntry({ outcome: 'refused', alertId: undefined, rule: undefined, target: undefined, detail: 'not an officer' }), sampleEntry({ outcome: 'dry-run', dryRun: true })];
  for (const e of entries) assert.equal(audit.record(e), true);

  const all = [...audit.all()];
  assert.deepEqual(all.map(({ id: _id, ...rest }) => rest), entries.map((e) => JSON.parse(JSON.stringify(e))));
  assert.deepEqual(audit.last(2).map((r) => r.actionId), [entries[2]!.actionId, entries[1]!.actionId]);
  assert.ok(all[0]!.id < all[1]!.id && all[1]!.id < all[2]!.id);
});

test('a press is recorded once: the same action id again is ignored', () => {
  const audit = createAuditRepo(openStore(':memory:'));
  const entry = sampleEntry();
  assert.equal(audit.record(entry), true);
  assert.equal(audit.record({ ...entry, outcome: 'failed' }), false);
  assert.deepEqual([...audit.all()].map((r) => r.outcome), ['deleted']);
});

test('the log is append-only: the database itself refuses UPDATE and DELETE', () => {
  const store = openStore(':memory:');
  const audit = createAuditRepo(store);
  audit.record(sampleEntry());
  assert.throws(() => store.db.prepare("UPDATE audit SET outcome = 'dismissed'").run(), /append-only/);
  assert.throws(() => store.db.prepare('DELETE FROM audit').run(), /append-only/);
  assert.equal(audit.last(10)[0]?.outcome, 'deleted');
});

test('an outcome outside the vocabulary is refused by the store', () => {
  const audit = createAuditRepo(openStore(':memory:'));
  assert.throws(() => audit.record(sampleEntry({ outcome: 'exploded' as never })), /CHECK/);
});
