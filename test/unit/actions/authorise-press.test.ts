import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorisePress } from '../../../src/actions/authorise-press.js';
import type { Press } from '../../../src/actions/types.js';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { sampleAlert } from '../alerts/sample-alert.js';

function setup() {
  const alerts = createAlertsRepo(openStore(':memory:'));
  const alert = sampleAlert();
  alerts.insertIfNew(alert);
  alerts.recordPost(alert.id, 'room-alerts', 'card-1');
  const press = (over: Partial<Press> & { messageId?: string; roomId?: string } = {}): Press => ({
    action: { id: 'act-1', type: 'submit', messageId: over.messageId ?? 'card-1', roomId: over.roomId ?? 'room-alerts', personId: 'p1', inputs: {}, created: '' },
    presser: { id: 'p1', email: 'officer@acme.example', officer: true },
    alertId: alert.id,
    verb: 'delete-message',
    reason: undefined,
    ...over,
  });
  return { alerts, alert, press };
}

test('an officer pressing an offered verb on the alert\'s own card may act, on the stored alert', () => {
  const { alerts, alert, press } = setup();
  const result = authorisePress(press(), alerts);
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.press.alert.target, alert.target);
});

test('each way a press can be wrong is refused, and says why', () => {
  const { alerts, press } = setup();
  const cases: Array<[Press, string]> = [
    [press({ presser: { id: 'p2', email: 'bob@acme.example', officer: false } }), 'not-an-officer'],
    [press({ alertId: 'missing' }), 'unknown-alert'],
    [press({ alertId: undefined }), 'unknown-alert'],
    [press({ messageId: 'card-of-another-alert' }), 'not-this-card'],
    [press({ roomId: 'another-room' }), 'not-this-card'],
    [press({ verb: 'remove-member' }), 'verb-not-offered'],
    [press({ verb: 'drop-table' }), 'verb-not-offered'],
  ];
  for (const [p, refusal] of cases) {
    const result = authorisePress(p, alerts);
    assert.equal(result.ok ? 'allowed' : result.refusal, refusal, JSON.stringify(p));
  }
});
