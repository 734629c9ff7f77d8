import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { ensureWebhooks, type WebhookSpec } from '../../../src/webex/webhook-manager.js';
import { webhookName } from '../../../src/webex/webhook-name.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { clientOn } from './setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

const SECRET = 'a-webhook-secret-of-some-length';
let target = '';
let specs: WebhookSpec[] = [];
let run = 0;

beforeEach(() => {
  // Each test gets its own names, so webhooks left by another test are foreign to it.
  run += 1;
  target = `http://127.0.0.1:9/run-${run}/webhooks/org`;
  specs = [
    { name: webhookName(`t${run}:org:rooms`), targetUrl: target, resource: 'rooms', event: 'all', ownedBy: 'org' },
    { name: webhookName(`t${run}:attachments`), targetUrl: target, resource: 'attachmentActions', event: 'created' },
  ];
});

function ensure(token: string = STANDARD_TOKENS.officer, secret = SECRET) {
  const { logger } = captureLogs('debug');
  return ensureWebhooks({ api: clientOn(emu.url, token).api, specs, secret, logger });
}

const writes = () => emu.calls.filter((c) => c.path.startsWith('/webhooks') && c.method !== 'GET');

test('a second run creates nothing and changes nothing', async () => {
  const first = await ensure();
  assert.deepEqual(first.map((r) => r.state), ['created', 'created']);
  const hooks = emu.webhooks().filter((w) => w.targetUrl === target);
  assert.equal(hooks.length, 2);
  assert.ok(hooks.every((w) => w.secret === SECRET && w.status === 'active'));
  emu.resetCalls();
  const second = await ensure();
  assert.deepEqual(second.map((r) => r.state), ['ok', 'ok']);
  assert.deepEqual(second.map((r) => r.id), first.map((r) => r.id));
  assert.deepEqual(writes(), []);
});

test('an inactive webhook is reactivated with one PUT', async () => {
  const [rooms] = await ensure();
  assert.ok(rooms?.id);
  emu.deactivateWebhook(rooms.id);
  emu.resetCalls();
  const report = await ensure();
  assert.equal(report[0]?.state, 'reactivated');
  assert.equal(report[1]?.state, 'ok');
  const puts = emu.callsTo('PUT', `/webhooks/${rooms.id}`);
  assert.equal(puts.length, 1);
  assert.deepEqual(puts[0]?.body, { name: specs[0]?.name, targetUrl: target, secret: SECRET, status: 'active' });
  assert.equal(writes().length, 1);
  assert.equal(emu.webhooks().find((w) => w.id === rooms.id)?.status, 'active');
});

test('a new secret is put onto the existing webhook', async () => {
  const first = await ensure();
  emu.resetCalls();
  const report = await ensure(STANDARD_TOKENS.officer, 'another-secret-of-some-length');
  assert.deepEqual(report.map((r) => r.state), ['updated', 'updated']);
  assert.deepEqual(report.map((r) => r.id), first.map((r) => r.id));
  assert.deepEqual(emu.callsTo('POST', '/webhooks'), []);
  const hooks = first.map((r) => emu.webhooks().find((w) => w.id === r.id));
  assert.ok(hooks.every((w) => w?.secret === 'another-secret-of-some-length' && w.targetUrl === target));
});

test('the same target written differently (host in capitals, default port) is still ours', async () => {
  const first = await ensure();
  specs = specs.map((s) => ({ ...s, targetUrl: s.targetUrl.replace('http://127.0.0.1:9/', 'HTTP://127.0.0.1:9/') }));
  emu.resetCalls();
  const report = await ensure();
  assert.deepEqual(report.map((r) => r.state), ['ok', 'ok']);
  assert.deepEqual(report.map((r) => r.id), first.map((r) => r.id));
  assert.deepEqual(writes(), []);
});

test('two deployments under one compliance officer each keep their own webhooks: neither deletes nor repoints the other\'s', async () => {
  const mine = specs;
  const theirTarget = `http://127.0.0.1:9/other-deployment-${run}/webhooks/org`;
  const theirs = specs.map((s) => ({ ...s, targetUrl: theirTarget }));
  const theirSecret = 'the-other-deployments-secret';
  const a = await ensure();
  specs = theirs;
  const b = await ensure(STANDARD_TOKENS.officer, theirSecret);
  assert.deepEqual(b.map((r) => r.state), ['created', 'created'], 'the second deployment makes its own, beside the first one\'s');
  specs = mine;
  emu.resetCalls();
  // Each checks again, as the watchdog does every WEBHOOK_CHECK_SECONDS.
  const againA = await ensure();
  specs = theirs;
  const againB = await ensure(STANDARD_TOKENS.officer, theirSecret);
  assert.deepEqual(againA.map((r) => r.state), ['ok', 'ok']);
  assert.deepEqual(againB.map((r) => r.state), ['ok', 'ok']);
  assert.deepEqual(writes(), [], 'no DELETE, PUT or POST: nothing of either was touched');
  for (const [report, url, secret] of [[a, target, SECRET], [b, theirTarget, theirSecret]] as const) {
    for (const r of report) {
      const hook = emu.webhooks().find((w) => w.id === r.id);
      assert.equal(hook?.targetUrl, url);
      assert.equal(hook?.secret, secret);
      assert.equal(hook?.status, 'active');
    }
  }
});

test('a webhook of ours at another target (an old PUBLIC_URL, or another deployment) is left alone, and one is made at ours', async () => {
  const first = await ensure();
  specs = [{ ...specs[0]!, targetUrl: `${target}/moved` }, specs[1]!];
  emu.resetCalls();
  const report = await ensure();
  assert.equal(report[0]?.state, 'created');
  assert.notEqual(report[0]?.id, first[0]?.id);
  assert.equal(report[1]?.state, 'ok');
  assert.deepEqual(emu.calls.filter((c) => c.method === 'DELETE' || c.method === 'PUT'), []);
  assert.equal(emu.webhooks().find((w) => w.id === first[0]?.id)?.targetUrl, target);
});

test('webhooks whose names are not ours are left alone', async () => {
  const { client } = clientOn(emu.url, STANDARD_TOKENS.officer);
  const foreign = await client.request<{ id: string }>('POST', '/webhooks', {
    json: { name: 'someone-elses-hook', targetUrl: 'http://127.0.0.1:9/theirs', resource: 'rooms', event: 'all', ownedBy: 'org' },
  });
  const lookalike = await client.request<{ id: string }>('POST', '/webhooks', {
    json: { name: `x${specs[1]?.name}`, targetUrl: target, resource: 'attachmentActions', event: 'created' },
  });
  emu.deactivateWebhook(foreign.body.id);
  emu.resetCalls();
  const report = await ensure();
  assert.deepEqual(report.map((r) => r.state), ['created', 'created']);
  const touched = writes().filter((c) => c.path.endsWith(foreign.body.id) || c.path.endsWith(lookalike.body.id));
  assert.deepEqual(touched, []);
  assert.equal(emu.webhooks().find((w) => w.id === foreign.body.id)?.status, 'inactive');
});

test('a duplicate of ours is deleted, and one with an outdated subscription is made anew', async () => {
  const { client } = clientOn(emu.url, STANDARD_TOKENS.officer);
  const post = async (hook: Record<string, unknown>) => (await client.request<{ id: string }>('POST', '/webhooks', { json: hook })).body.id;
  const attachments = { name: specs[1]!.name, targetUrl: target, resource: 'attachmentActions', event: 'created', secret: SECRET };
  const kept = await post(attachments);
  const duplicate = await post(attachments);
  const outdated = await post({ name: specs[0]!.name, targetUrl: target, resource: 'rooms', event: 'created', ownedBy: 'org', secret: SECRET });
  emu.resetCalls();
  const report = await ensure();
  assert.equal(report[0]?.state, 'created');
  assert.notEqual(report[0]?.id, outdated);
  assert.deepEqual(report[1], { name: specs[1]!.name, id: kept, state: 'ok' });
  assert.deepEqual(emu.calls.filter((c) => c.method === 'DELETE').map((c) => c.path).sort(), [`/webhooks/${duplicate}`, `/webhooks/${outdated}`].sort());
  const mine = emu.webhooks().filter((w) => w.name === specs[0]!.name || w.name === specs[1]!.name);
  assert.equal(mine.length, 2);
});

test('a refused webhook is reported and the others are still made', async () => {
  // Alice holds no compliance role: Webex refuses her org-wide webhook.
  const report = await ensure(STANDARD_TOKENS.alice);
  assert.equal(report[0]?.state, 'refused');
  assert.match(report[0]?.reason ?? '', /403/);
  assert.equal(report[1]?.state, 'created');
  assert.ok(emu.webhooks().some((w) => w.id === report[1]?.id && w.name === specs[1]?.name));
  assert.ok(!emu.webhooks().some((w) => w.name === specs[0]?.name));
});

test('a spec whose name lacks our prefix is refused before any call', async () => {
  specs = [{ name: 'rooms', targetUrl: target, resource: 'rooms', event: 'all' }];
  emu.resetCalls();
  await assert.rejects(ensure(), /warden: prefix/);
  assert.deepEqual(emu.calls, []);
});
