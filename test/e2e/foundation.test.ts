import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator } from '../../src/emulator/types.js';
import { captureLogs } from '../helpers/capture-logs.js';
import { startApp, testEnv, TEST_SECRET, type RunningApp } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';

// One emulator for the file: the bot framework's SDK binds to one API URL per process.
let emu: Emulator;
const logs = captureLogs();
before(async () => {
  emu = await startEmulator();
});
after(async () => {
  await emu.close();
});

const health = async (url: string) => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

test('health is 503 until started, then 200 with webhooks registered under PUBLIC_URL with the secret', async () => {
  const env = testEnv(emu);
  const running = await startApp(env, logs.logger, { start: false });
  try {
    assert.equal((await health(running.url)).status, 503);
    await running.app.start({ publicUrl: running.url });
    const { status, body } = await health(running.url);
    assert.equal(status, 200);
    assert.equal(body.status, 'ok');

    const bot = emu.webhooks().filter((w) => w.targetUrl === `${running.url}/webhooks/bot`);
    assert.deepEqual(bot.map((w) => `${w.resource}/${w.event}`).sort(), ['all/all', 'attachmentActions/created']);
    assert.ok(bot.every((w) => w.secret === TEST_SECRET && w.status === 'active' && w.ownedBy === 'creator'));
    const org = emu.webhooks().filter((w) => w.targetUrl === `${running.url}/webhooks/org`);
    assert.deepEqual(org.map((w) => w.name).sort(), ['warden:org:messages', 'warden:org:rooms']);
    assert.ok(org.every((w) => w.secret === TEST_SECRET && w.status === 'active' && w.ownedBy === 'org'));
  } finally {
    await running.stop();
  }
  assert.equal((await fetch(`${running.url}/healthz`).catch(() => undefined))?.status, undefined, 'server closed');
  // Stopping leaves the webhooks in place: in a rolling deploy they are the new instance's too.
  assert.equal(emu.webhooks().filter((w) => w.targetUrl === `${running.url}/webhooks/bot`).length, 2);
});

test('a restart reuses its webhooks, reactivates an inactive one and leaves foreign ones alone', async () => {
  const foreign = await fetch(`${emu.url}/webhooks`, {
    method: 'POST',
    headers: { authorization: 'Bearer officer-token', 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'someone else', targetUrl: 'https://elsewhere.example/hook', resource: 'rooms', event: 'all', ownedBy: 'org' }),
  }).then((r) => r.json() as Promise<{ id: string }>);
  const env = testEnv(emu);
  const first = await startApp(env, logs.logger);
  const port = Number(new URL(first.url).port);
  await first.stop();
  const rooms = emu.webhooks().find((w) => w.name === 'warden:org:rooms' && w.targetUrl === `${first.url}/webhooks/org`)!;
  emu.deactivateWebhook(rooms.id);
  emu.resetCalls();

  const second = await startApp(env, logs.logger, { port });
  try {
    assert.equal(emu.callsTo('POST', '/webhooks', 'officer').length, 0, 'no org webhook created twice');
    assert.equal(emu.webhooks().find((w) => w.id === rooms.id)?.status, 'active');
    const ours = emu.webhooks().filter((w) => w.targetUrl === `${first.url}/webhooks/org`);
    assert.equal(ours.length, 2);
    const touched = emu.calls.filter((c) => c.path === `/webhooks/${foreign.id}` && c.method !== 'GET');
    assert.deepEqual(touched, [], 'the foreign webhook was not updated or deleted');
    assert.ok(emu.webhooks().some((w) => w.id === foreign.id));
  } finally {
    await second.stop();
  }
});

test('a bot delivery, even with bytes that differ from re-serialised JSON, reaches the framework once', async () => {
  const running = await startApp(testEnv(emu), logs.logger);
  try {
    emu.setDeliveryEncoding('escaped');
    const room = emu.addRoom({ title: 'Alice & Warden', type: 'direct', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bot] });
    emu.resetCalls();
    const message = emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: 'héllo / wörld' });
    await emu.settleDeliveries();
    const delivered = emu.deliveries.filter((d) => d.targetUrl === `${running.url}/webhooks/bot` && d.resource === 'messages');
    assert.ok(delivered.length >= 1 && delivered.every((d) => d.status === 200));
    await waitFor('the bot to fetch the message', () => emu.callsTo('GET', `/messages/${message.id}`, 'bot').length > 0);
  } finally {
    emu.setDeliveryEncoding('plain');
    await running.stop();
  }
});


test('without WEBHOOK_SECRET, the secret made at the first start is kept across restarts', async () => {
  const env = testEnv(emu);
  delete env.WEBHOOK_SECRET;
  const first = await startApp(env, logs.logger);
  const port = Number(new URL(first.url).port);
  const secretOf = () => emu.webhooks().find((w) => w.targetUrl === `${first.url}/webhooks/org`)?.secret;
  const made = secretOf();
  await first.stop();
  assert.ok(made && made.length >= 16 && made !== TEST_SECRET);
  const second = await startApp(env, logs.logger, { port });
  try {
    assert.equal(secretOf(), made);
    assert.ok(emu.webhooks().filter((w) => w.targetUrl === `${first.url}/webhooks/bot`).every((w) => w.secret === made));
  } finally {
    await second.stop();
  }
});

test('no token or secret reached the logs', () => {
  const text = logs.text();
  assert.ok(logs.lines.length > 10, 'the runs above logged');
  for (const secret of ['bot-token', 'officer-token', TEST_SECRET]) assert.ok(!text.includes(secret), `${secret} leaked into the logs`);
});
