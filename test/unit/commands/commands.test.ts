import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICER, OUTSIDER, ROOM, setup } from './setup.js';
import { sampleAlert } from '../alerts/sample-alert.js';

const OFFICER_COMMANDS = ['subscribe', 'subscribe high', 'unsubscribe', 'status', 'alerts', 'policies'];

for (const said of OFFICER_COMMANDS) {
  test(`"${said}" from someone who is not an officer is refused and changes nothing`, async () => {
    const { subscriptions, say, table } = setup();
    subscriptions.subscribe(ROOM, 'medium', OFFICER, 100);
    const before = table();

    const reply = await say(said, OUTSIDER);

    assert.match(reply, /only compliance officers/i);
    assert.deepEqual(table(), before);
  });
}

test('help answers anyone, and lists the commands', async () => {
  const { say } = setup();
  const reply = await say('help', OUTSIDER);
  for (const name of ['help', 'subscribe', 'unsubscribe', 'status', 'alerts', 'policies']) assert.ok(reply.includes(`\`${name}`), name);
  assert.ok(!/\baudit\b/.test(reply), 'audit is not offered before it exists');
});

test('an officer is recognised whatever the case of the email', async () => {
  const { say, subscriptions } = setup();
  await say('SUBSCRIBE', 'OFFICER@acme.example');
  assert.equal(subscriptions.get(ROOM)?.minSeverity, 'low');
});

test('subscribe takes a severity; a bad one gets the usage and changes nothing', async () => {
  const { say, subscriptions, table } = setup();
  assert.match(await say('subscribe high'), /high/);
  assert.equal(subscriptions.get(ROOM)?.minSeverity, 'high');
  const before = table();

  for (const bad of ['subscribe urgent', 'subscribe high low']) {
    const reply = await say(bad);
    assert.match(reply, /subscribe \[low\|medium\|high\|critical\]/);
    assert.deepEqual(table(), before);
  }
  await say('subscribe Critical');
  assert.equal(subscriptions.get(ROOM)?.minSeverity, 'critical');
});

test('unsubscribe stops alerts for this space only', async () => {
  const { say, subscriptions } = setup();
  subscriptions.subscribe('other-room', 'low', OFFICER);
  await say('subscribe');
  assert.match(await say('unsubscribe'), /no longer/);
  assert.equal(subscriptions.get(ROOM), undefined);
  assert.ok(subscriptions.get('other-room'));
  assert.match(await say('unsubscribe'), /not subscribed/);
});

test('an unknown word gets a short pointer to help and changes nothing', async () => {
  const { say, table } = setup();
  const reply = await say('subscribee high');
  assert.match(reply, /don't know.*help/);
  assert.deepEqual(table(), []);
});

test('status shows the subscription, open alerts, last event, lag, poller error and webhooks', async () => {
  const { say, subscriptions, alerts, state } = setup();
  subscriptions.subscribe(ROOM, 'high', OFFICER);
  alerts.insertIfNew(sampleAlert());
  alerts.insertIfNew(sampleAlert());
  state.status = {
    lastEventAt: '2025-03-12T14:03:05.000Z',
    lagSeconds: 185,
    pollerError: 'Webex GET /events answered 503',
    webhooks: [{ name: 'warden-rooms', state: 'active' }, { name: 'warden-files', state: 'refused', reason: 'file DLP is off' }],
  };

  const reply = await say('status');

  assert.match(reply, /\*\*high\*\* severity and above/);
  assert.match(reply, /Open alerts: \*\*2\*\*/);
  assert.match(reply, /12 Mar 2025, 14:03:05 UTC/);
  assert.match(reply, /3 min 5 s/);
  assert.match(reply, /answered 503/);
  assert.match(reply, /warden-rooms.*active/);
  assert.match(reply, /refused \(file DLP is off\)/);
});

test('status in a space that is not subscribed says so', async () => {
  const { say } = setup();
  const reply = await say('status', OFFICER, { roomId: 'elsewhere' });
  assert.match(reply, /not subscribed/);
  assert.match(reply, /none yet/);
});

test('alerts lists the newest ten open alerts with rule, severity, where, when and masked evidence', async () => {
  const { say, alerts } = setup();
  assert.match(await say('alerts'), /No open alerts/);
  const made = Array.from({ length: 12 }, (_, i) => sampleAlert({ createdAt: 10_000 + i }));
  for (const a of made) alerts.insertIfNew(a);

  const reply = await say('alerts');

  const listed = reply.split('\n').filter((l) => /^\d+\. /.test(l));
  assert.equal(listed.length, 10);
  assert.ok(listed[0]!.includes(made[11]!.id), 'newest first');
  assert.ok(listed[9]!.includes(made[2]!.id));
  assert.match(listed[0]!, /Payment card number.*payment-card.*high.*Deals.*12 Mar 2025.*•••• 1111/);
  assert.match(reply, /and 2 more/);
});

test('policies lists the rules, on and off', async () => {
  const { say } = setup({
    policies: [
      { name: 'payment-card', title: 'Payment card number', severity: 'high', enabled: true },
      { name: 'credentials', title: 'Credentials', severity: 'critical', enabled: false },
    ],
  });
  const reply = await say('policies');
  assert.match(reply, /Payment card number.*payment-card.*high/);
  assert.match(reply, /Credentials.*credentials.*off/);
});

test('a reply never exceeds what Webex accepts', async () => {
  const many = Array.from({ length: 400 }, (_, i) => ({ name: `rule-${i}`, title: `A rather long rule title number ${i}`, severity: 'low' as const, enabled: true }));
  const { say } = setup({ policies: many });
  const reply = await say('policies');
  assert.ok(Buffer.byteLength(reply, 'utf8') <= 7439);
  assert.ok(reply.startsWith('**Rules**'));
});
