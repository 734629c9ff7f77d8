import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../../src/store/open-store.js';
import { createSubscriptionsRepo } from '../../../src/store/subscriptions-repo.js';

test('subscribing again changes the severity but keeps when the space first subscribed', () => {
  const subs = createSubscriptionsRepo(openStore(':memory:'));
  subs.subscribe('room-1', 'low', 'Officer@Acme.example', 100);
  const changed = subs.subscribe('room-1', 'high', 'other@acme.example', 500);

  assert.equal(changed.minSeverity, 'high');
  assert.equal(changed.createdAt, 100);
  assert.equal(changed.subscribedBy, 'other@acme.example');
  assert.equal(subs.list().length, 1);
});

test('the subscriber email is kept lower-case', () => {
  const subs = createSubscriptionsRepo(openStore(':memory:'));
  assert.equal(subs.subscribe('room-1', 'low', ' Officer@Acme.EXAMPLE ').subscribedBy, 'officer@acme.example');
});

test('unsubscribe says whether the space was subscribed', () => {
  const subs = createSubscriptionsRepo(openStore(':memory:'));
  subs.subscribe('room-1', 'medium', 'officer@acme.example');
  assert.equal(subs.unsubscribe('room-1'), true);
  assert.equal(subs.unsubscribe('room-1'), false);
  assert.equal(subs.get('room-1'), undefined);
});

test('subscriptions survive a restart', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-subs-'));
  try {
    const before = openStore(dir);
    createSubscriptionsRepo(before).subscribe('room-1', 'critical', 'officer@acme.example');
    before.close();
    const after = openStore(dir);
    assert.equal(createSubscriptionsRepo(after).get('room-1')?.minSeverity, 'critical');
    after.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
