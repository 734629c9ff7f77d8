import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS, STANDARD_TOKENS } from '../../src/emulator/types.js';
import { startWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

let world: World;
before(async () => {
  world = await startWorld({ WEBHOOK_CHECK_SECONDS: '1' });
});
after(() => world.close());

const ours = (suffix: string) => world.emu.webhooks().filter((w) => w.targetUrl === `${world.running.url}${suffix}`);

test('webhooks Webex switched off are switched back on within one check, and foreign ones are untouched', async () => {
  const foreign = await fetch(`${world.emu.url}/webhooks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${STANDARD_TOKENS.officer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'dlp vendor', targetUrl: 'https://vendor.example/hook', resource: 'messages', event: 'created', ownedBy: 'org' }),
  }).then((r) => r.json() as Promise<{ id: string }>);
  world.emu.deactivateWebhook(foreign.id);
  const firehose = ours('/webhooks/bot').find((w) => w.resource === 'all')!;
  const rooms = ours('/webhooks/org').find((w) => w.resource === 'rooms')!;
  world.emu.deactivateWebhook(firehose.id);
  world.emu.deactivateWebhook(rooms.id);

  await waitFor('both webhooks to be active again', () =>
    world.emu.webhooks().filter((w) => [firehose.id, rooms.id].includes(w.id) && w.status === 'active').length === 2,
  );
  assert.equal(world.emu.webhooks().find((w) => w.id === foreign.id)?.status, 'inactive', 'the foreign webhook stays as it was');
  assert.deepEqual(
    world.emu.calls.filter((c) => c.path === `/webhooks/${foreign.id}` && c.method !== 'GET'),
    [],
    'no call touched the foreign webhook',
  );

  const status = await world.say(STANDARD_EMAILS.officer, world.alertRoom.id, 'status');
  assert.match(status, /bot:all\/all`? reactivated, last repaired/);
  assert.match(status, /warden:org:rooms`? reactivated, last repaired/);
});

test('a bot webhook that disappeared is recreated, and card presses reach the bot again', async () => {
  const cards = ours('/webhooks/bot').find((w) => w.resource === 'attachmentActions')!;
  const res = await fetch(`${world.emu.url}/webhooks/${cards.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${STANDARD_TOKENS.bot}` } });
  assert.equal(res.status, 204);
  const again = await waitFor('the attachmentActions webhook to be recreated', () =>
    ours('/webhooks/bot').find((w) => w.resource === 'attachmentActions' && w.status === 'active'),
  );
  assert.notEqual(again.id, cards.id);
  assert.equal(again.secret, world.running.config.webhookSecret);
});
