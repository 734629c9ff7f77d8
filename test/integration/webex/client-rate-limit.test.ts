import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { waitFor } from '../../helpers/wait-for.js';
import { clientOn } from './setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

test('a 429 with Retry-After: 2 is waited out, then the call succeeds', async () => {
  emu.resetCalls();
  emu.fault({ method: 'GET', path: '/people/me', status: 429, retryAfter: 2 });
  const { api } = clientOn(emu.url, STANDARD_TOKENS.officer);
  const started = Date.now();
  const me = await api.people.me();
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 2000, `waited ${elapsed} ms, less than Retry-After`);
  assert.equal(me.emails[0], 'officer@acme.example');
  assert.deepEqual(emu.callsTo('GET', '/people/me').map((c) => c.status), [429, 200]);
});

test('a 429 without Retry-After is waited out with the client\'s own 1 s; Webex\'s header is preferred when sent', async () => {
  emu.resetCalls();
  emu.fault({ method: 'GET', path: '/people/me', status: 429, retryAfter: null });
  const bare = clientOn(emu.url, STANDARD_TOKENS.officer);
  assert.equal((await bare.api.people.me()).emails[0], 'officer@acme.example');
  const [limited, retried] = emu.callsTo('GET', '/people/me');
  assert.deepEqual([limited?.status, retried?.status], [429, 200]);
  assert.ok(retried!.at - limited!.at >= 1000, `retried ${retried!.at - limited!.at} ms after the 429`);
  assert.match(bare.logs(), /"waitMs":1000/);
  // The emulator's default 429 carries Retry-After: 2, as Webex always sends one.
  emu.fault({ method: 'GET', path: '/people/me', status: 429 });
  const told = clientOn(emu.url, STANDARD_TOKENS.officer);
  await told.api.people.me();
  assert.match(told.logs(), /"waitMs":2000/);
});

test('while the token is paused, another call on the same token does not go out', async () => {
  emu.resetCalls();
  emu.fault({ method: 'GET', path: '/people/me', status: 429, retryAfter: 2 });
  const tokens = { getToken: async () => STANDARD_TOKENS.officer, invalidate: async () => false };
  // Two clients on one token provider share its queue, as a poller and the action handler would.
  const first = clientOn(emu.url, tokens).api.people.me();
  const limited = await waitFor('the 429', () => emu.callsTo('GET', '/people/me').find((c) => c.status === 429));
  await new Promise((r) => setTimeout(r, 200));
  const other = await clientOn(emu.url, tokens).client.request<{ items: unknown[] }>('GET', '/webhooks');
  await first;
  assert.equal(other.status, 200);
  const webhookCall = emu.callsTo('GET', '/webhooks')[0];
  assert.ok(webhookCall, 'the second call was made');
  assert.ok(webhookCall.at - limited.at >= 2000, `second call went out ${webhookCall.at - limited.at} ms after the 429`);
});

test('another token is not held back by a paused one', async () => {
  emu.resetCalls();
  emu.fault({ method: 'GET', path: '/people/me', status: 429, retryAfter: 2 });
  const paused = clientOn(emu.url, STANDARD_TOKENS.officer).api.people.me();
  const limited = await waitFor('the 429', () => emu.callsTo('GET', '/people/me').find((c) => c.status === 429));
  await new Promise((r) => setTimeout(r, 100));
  await clientOn(emu.url, STANDARD_TOKENS.alice).api.people.me();
  const aliceCall = emu.callsTo('GET', '/people/me', 'alice')[0];
  assert.ok(aliceCall && aliceCall.at - limited.at < 2000, 'alice had to wait for the officer\'s pause');
  await paused;
});

test('rate limits beyond the wait budget end in a transient error', async () => {
  emu.resetCalls();
  emu.fault({ method: 'GET', path: '/people/me', status: 429, retryAfter: 0, times: 10 });
  const { api } = clientOn(emu.url, STANDARD_TOKENS.bob, { maxRateLimitWaits: 2 });
  await assert.rejects(api.people.me(), (err: { code?: string; status?: number; transient?: boolean }) => {
    assert.equal(err.code, 'WEBEX_HTTP');
    assert.equal(err.status, 429);
    assert.equal(err.transient, true);
    return true;
  });
  assert.equal(emu.callsTo('GET', '/people/me').length, 3);
  emu.clearFaults();
});
