import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { sampleAlert } from './sample-alert.js';

function repo() {
  const store = openStore(':memory:');
  return { store, alerts: createAlertsRepo(store) };
}

test('the same subject and rule stored twice gives one row, and the first alert back', () => {
  const { store, alerts } = repo();
  const first = alerts.insertIfNew(sampleAlert({ subjectKey: 'messages:m1', id: 'a1' }));
  const second = alerts.insertIfNew(sampleAlert({ subjectKey: 'messages:m1', id: 'a2', severity: 'critical' }));

  assert.equal(first.created, true);
  assert.equal(second.created, false);
  assert.equal(second.alert.id, 'a1');
  assert.equal(second.alert.severity, 'high');
  const rows = store.db.prepare("SELECT COUNT(*) AS n FROM alerts WHERE subject_key = 'messages:m1'").get() as { n: number };
  assert.equal(rows.n, 1);
});

test('another rule on the same subject is another alert', () => {
  const { alerts } = repo();
  alerts.insertIfNew(sampleAlert({ subjectKey: 'messages:m1', rule: 'payment-card' }));
  const other = alerts.insertIfNew(sampleAlert({ subjectKey: 'messages:m1', rule: 'credentials' }));
  assert.equal(other.created, true);
  assert.equal(alerts.countOpen(), 2);
});

test('an alert reads back with its target and view', () => {
  const { alerts } = repo();
  const input = sampleAlert({ target: { kind: 'membership', membershipId: 'ms1', roomId: 'r1', personId: 'p1', personEmail: 'eve@partner.example' }, kind: 'membership' });
  alerts.insertIfNew(input);
  const stored = alerts.get(input.id);
  assert.ok(stored);
  assert.deepEqual(stored.target, input.target);
  assert.deepEqual(stored.view, input.view);
  assert.equal(stored.status, 'open');
  assert.equal(alerts.get('nope'), undefined);
});

test('open alerts come newest first, limited, with the total counted apart', () => {
  const { alerts } = repo();
  const made = [1, 2, 3, 4].map((i) => sampleAlert({ createdAt: i * 1000 }));
  for (const a of [made[2]!, made[0]!, made[3]!, made[1]!]) alerts.insertIfNew(a);

  assert.deepEqual(alerts.listOpen(3).map((a) => a.id), [made[3]!.id, made[2]!.id, made[1]!.id]);
  assert.equal(alerts.countOpen(), 4);
});

test('a card posted in a space is recorded once', () => {
  const { alerts } = repo();
  const a = sampleAlert();
  alerts.insertIfNew(a);
  alerts.recordPost(a.id, 'room-A', 'msg-1');
  alerts.recordPost(a.id, 'room-A', 'msg-2');
  alerts.recordPost(a.id, 'room-B', 'msg-3');

  const posts = alerts.postsFor(a.id);
  assert.deepEqual(posts.map((p) => [p.roomId, p.messageId]).sort(), [['room-A', 'msg-1'], ['room-B', 'msg-3']]);
});
