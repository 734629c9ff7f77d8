import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimAlert } from '../../../src/actions/claim-alert.js';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { sampleAlert } from '../alerts/sample-alert.js';

function setup() {
  const alerts = createAlertsRepo(openStore(':memory:'));
  const alert = sampleAlert();
  alerts.insertIfNew(alert);
  const claim = (actionId: string, by = 'officer@acme.example') => ({ by, verb: 'delete-message', at: 5_000, actionId });
  return { alerts, id: alert.id, claim };
}

test('the first press takes the alert; a press with another action id loses and learns who holds it', () => {
  const { alerts, id, claim } = setup();
  assert.deepEqual(claimAlert(alerts, id, claim('a1')), { kind: 'won' });
  const lost = claimAlert(alerts, id, claim('a2', 'oscar@acme.example'));
  assert.equal(lost.kind, 'lost');
  assert.deepEqual(lost.kind === 'lost' && lost.holder, { by: 'officer@acme.example', verb: 'delete-message', at: 5_000, actionId: 'a1' });
  const stored = alerts.get(id);
  assert.equal(stored?.status, 'handled');
  assert.equal(stored?.handledBy, 'officer@acme.example');
});

test('the same press again finds its own claim: resumed before its outcome, finished after', () => {
  const { alerts, id, claim } = setup();
  claimAlert(alerts, id, claim('a1'));
  assert.deepEqual(claimAlert(alerts, id, claim('a1')), { kind: 'resumed' });
  assert.ok(alerts.settle(id, 'a1', 'deleted', 6_000));
  assert.deepEqual(claimAlert(alerts, id, claim('a1')), { kind: 'finished', outcome: 'deleted' });
  assert.equal(alerts.get(id)?.outcome, 'deleted');
});

test('only the holding press may settle or release; a released alert can be taken again', () => {
  const { alerts, id, claim } = setup();
  claimAlert(alerts, id, claim('a1'));
  assert.equal(alerts.settle(id, 'a2', 'deleted', 6_000), false);
  assert.equal(alerts.release(id, 'a2', 6_000), false);
  assert.equal(alerts.get(id)?.status, 'handled');
  assert.equal(alerts.release(id, 'a1', 6_000), true);
  const reopened = alerts.get(id);
  assert.equal(reopened?.status, 'open');
  assert.equal(reopened?.handledBy, undefined);
  assert.equal(alerts.claimOf(id), undefined);
  assert.deepEqual(claimAlert(alerts, id, claim('a2')), { kind: 'won' });
});

test('an open alert is listed as open until claimed, then no longer', () => {
  const { alerts, id, claim } = setup();
  assert.equal(alerts.countOpen(), 1);
  claimAlert(alerts, id, claim('a1'));
  assert.equal(alerts.countOpen(), 0);
});
