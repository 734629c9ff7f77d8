import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snoozeMs, MAX_SNOOZE_MS } from '../../../src/cases/snooze-duration.js';
import { normaliseId } from '../../../src/cases/ids.js';
import { authorNoticeText } from '../../../src/cases/author-notice.js';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { createAuditRepo } from '../../../src/store/audit-repo.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { testCases } from '../../helpers/test-cases.js';
import { sampleAlert } from '../alerts/sample-alert.js';
import { migrations } from '../../../src/store/migrations.js';
import Database from 'better-sqlite3';

test('snooze durations: PT1S to P30D honoured, anything else refused', () => {
  assert.equal(snoozeMs('PT1S'), 1_000);
  assert.equal(snoozeMs('PT8H'), 8 * 3_600_000);
  assert.equal(snoozeMs('P7D'), 7 * 86_400_000);
  assert.equal(snoozeMs('P4W'), 28 * 86_400_000);
  assert.equal(snoozeMs('P30D'), MAX_SNOOZE_MS);
  assert.equal(snoozeMs('PT1.5S'), 1_500);
  for (const bad of ['P30DT1S', 'P31D', 'PT0.5S', 'PT0S', 'P1Y', 'P1M', '-PT1H', 'PT', 'P', '1H', 'PT1H ; DROP', 'P'.padEnd(100, '1'), '', 3600, null, {}, ['PT1H']]) {
    assert.equal(snoozeMs(bad), undefined, String(bad));
  }
});

test('case ids are read the way an officer types them', () => {
  for (const typed of ['7QX4', '7qx4', 'Case 7QX4', 'case 7qx4', '#7QX4', ' 7QX4 ']) assert.equal(normaliseId(typed), '7QX4');
  assert.equal(normaliseId('O1IL'), '0111', 'Crockford lookalikes');
});

test('the author notice fills the template once, masked and escaped', () => {
  const base = { ...sampleAlert(), status: 'open' as const, updatedAt: 0 };
  const alert = { ...base, view: { ...base.view, space: { title: '**Bold** {rule} 4111 1111 1111 1111', type: 'group' as const } } };
  const text = authorNoticeText('In {space}: {rule}; {excerpt}; {reason}; {unknown}', alert, 'see 5555 5555 5555 4444');
  assert.doesNotMatch(text, /4111 1111 1111 1111|5555 5555 5555 4444/);
  assert.match(text, /\\\*\\\*Bold\\\*\\\* \{rule\}/, 'a placeholder in a title is not filled');
  assert.match(text, /Reason: see •••• 4444/);
  assert.match(text, /\{unknown\}/);
});

test('two transitions from the same reading: exactly one lands, the other is told who', () => {
  const store = openStore(':memory:');
  const alerts = createAlertsRepo(store);
  const cases = testCases(store, captureLogs().logger);
  const { alert } = alerts.insertIfNew(sampleAlert());
  const c = cases.caseOf(alert.id);
  assert.match(c.shortId, /^[0-9A-HJKMNP-TV-Z]{4}$/);
  const seenAt = Date.now() - 1;
  const first = cases.assign(alert.id, 'a@acme.example', { email: 'a@acme.example', id: 'a', actionId: 'x1', seenAt });
  const second = cases.assign(alert.id, 'b@acme.example', { email: 'b@acme.example', id: 'b', actionId: 'x2', seenAt });
  assert.equal(first.kind, 'moved');
  assert.deepEqual(second.kind === 'lost' ? [second.state, second.by, second.assignee] : second, ['assigned', 'a@acme.example', 'a@acme.example']);
  assert.equal(cases.assign(alert.id, 'a@acme.example', { email: 'a@acme.example', id: 'a', actionId: 'x1', seenAt }).kind, 'replayed');
  assert.equal(cases.find(`case ${c.shortId.toLowerCase()}`)?.alertId, alert.id);
  cases.close(alert.id, 'dismissed', { email: 'a@acme.example', id: 'a' });
  assert.equal(cases.assign(alert.id, 'b@acme.example', { email: 'b@acme.example', id: 'b' }).kind, 'lost', 'a closed case stays closed');
});

test('the migration that rebuilds the audit log keeps every entry and its append-only triggers', () => {
  const db = new Database(':memory:');
  const before = migrations.length - 1;
  // Up to the cases migration; the alerts rebuild (a step, not SQL) is run as the store runs it.
  for (const m of migrations.slice(0, before)) {
    if (typeof m === 'string') db.exec(m);
    else m.run(db);
  }
  db.prepare("INSERT INTO audit (at, actor_email, actor_id, verb, outcome, action_id) VALUES (1, 'o@x', 'o', 'dismiss', 'dismissed', 'act-1')").run();
  db.exec(migrations[before] as string);
  const rows = db.prepare('SELECT verb, outcome, action_id, case_from FROM audit').all();
  assert.deepEqual(rows, [{ verb: 'dismiss', outcome: 'dismissed', action_id: 'act-1', case_from: null }]);
  assert.throws(() => db.prepare('DELETE FROM audit').run(), /append-only/);
  assert.throws(() => db.prepare("UPDATE audit SET verb = 'x'").run(), /append-only/);
  db.close();
  const store = openStore(':memory:');
  const audit = createAuditRepo(store);
  audit.record({ at: 2, actorEmail: 'warden', actorId: 'warden', verb: 'snooze-over', outcome: 'reopened', dryRun: false, caseFrom: 'snoozed', caseTo: 'open' });
  assert.deepEqual([audit.last(1)[0]?.caseFrom, audit.last(1)[0]?.caseTo], ['snoozed', 'open']);
});
