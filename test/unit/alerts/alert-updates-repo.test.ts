import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { sampleAlert } from './sample-alert.js';

const repo = () => createAlertsRepo(openStore(':memory:'));

test('openFor lists the open alerts of one subject, whatever their rule, and no other', () => {
  const alerts = repo();
  const card = alerts.insertIfNew(sampleAlert({ subjectKey: 'message:m1', rule: 'payment-card' })).alert;
  const keyword = alerts.insertIfNew(sampleAlert({ subjectKey: 'message:m1', rule: 'project-falcon' })).alert;
  alerts.insertIfNew(sampleAlert({ subjectKey: 'message:m2' }));
  assert.deepEqual(alerts.openFor('message:m1').map((a) => a.id), [card.id, keyword.id]);

  assert.ok(alerts.claim(card.id, { by: 'officer@acme.example', verb: 'dismiss', at: 5, actionId: 'act-1' }));
  assert.deepEqual(alerts.openFor('message:m1').map((a) => a.id), [keyword.id]);
});

test('updateView replaces the view of an open alert only', () => {
  const alerts = repo();
  const { alert } = alerts.insertIfNew(sampleAlert());
  const view = { ...alert.view, evidence: ['Visa •••• 1111', 'Mastercard •••• 4444'] };
  assert.equal(alerts.updateView(alert.id, view, 99), true);
  assert.deepEqual(alerts.get(alert.id)?.view, view);
  assert.equal(alerts.get(alert.id)?.updatedAt, 99);

  alerts.claim(alert.id, { by: 'officer@acme.example', verb: 'dismiss', at: 100, actionId: 'act-2' });
  assert.equal(alerts.updateView(alert.id, alert.view, 101), false);
  assert.deepEqual(alerts.get(alert.id)?.view, view, 'a handled alert keeps what it was handled with');
});
