import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../../helpers/emulator.js';
import { conformanceWorld, type ConformanceWorld } from './conformance-world.js';
import { conforms, expect, nextUrl } from './conforms.js';
import { tokenGrant } from './schemas/access-token.js';
import { listOf } from './schemas/common.js';
import { event } from './schemas/events.js';
import { webhook } from './schemas/webhooks.js';

let w: ConformanceWorld;
before(async () => {
  w = await conformanceWorld();
});
after(() => w.emu.close());

test('webhooks: POST answers 200 with the webhook, GET lists it, PUT reactivates, DELETE 204', async () => {
  const created = await expect(w.emu, T.officer, 'POST', '/webhooks', 200, {
    name: 'rooms', targetUrl: 'http://127.0.0.1:9/hook', resource: 'rooms', event: 'all', ownedBy: 'org', secret: 's3cret',
  });
  const wh = conforms(webhook, created.body, 'POST /webhooks');
  const list = conforms(listOf(webhook), (await expect(w.emu, T.officer, 'GET', '/webhooks?ownedBy=org', 200)).body, 'GET /webhooks');
  assert.ok(list.items.some((x) => x.id === wh.id));
  conforms(webhook, (await expect(w.emu, T.officer, 'GET', `/webhooks/${wh.id}`, 200)).body, 'GET /webhooks/{id}');
  const put = await expect(w.emu, T.officer, 'PUT', `/webhooks/${wh.id}`, 200, { name: 'rooms', targetUrl: wh.targetUrl, status: 'active' });
  conforms(webhook, put.body, 'PUT /webhooks/{id}');
  await expect(w.emu, T.officer, 'DELETE', `/webhooks/${wh.id}`, 204);
});

test('GET /events: items as the Event schema requires, paged by Link only', async () => {
  w.emu.postMessage(E.alice, { roomId: w.room.id, text: 'first' });
  w.emu.postMessage(E.alice, { roomId: w.room.id, text: 'second' });
  const page = await expect(w.emu, T.officer, 'GET', '/events?resource=messages&max=1', 200);
  const first = conforms(listOf(event), page.body, 'GET /events');
  assert.equal(first.items.length, 1);
  conforms(listOf(event), (await expect(w.emu, T.officer, 'GET', nextUrl(page, 'GET /events'), 200)).body, 'GET /events (next)');
  conforms(event, (await expect(w.emu, T.officer, 'GET', `/events/${first.items[0]!.id}`, 200)).body, 'GET /events/{id}');
});

test('POST /access_token (refresh grant) answers the token grant', async () => {
  w.emu.addOAuthClient({ clientId: 'c1', clientSecret: 'cs', refreshToken: 'rt', forEmail: E.officer });
  const res = await fetch(`${w.emu.url}/access_token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'c1', client_secret: 'cs', refresh_token: 'rt' }),
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('trackingid') ?? '', /\S/);
  conforms(tokenGrant, await res.json(), 'POST /access_token');
});
