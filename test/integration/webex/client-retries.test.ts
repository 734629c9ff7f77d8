import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { isTransient, WebexApiError } from '../../../src/webex/webex-api-error.js';
import { waitFor } from '../../helpers/wait-for.js';
import { clientOn } from './setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

const webexError = (check: (e: WebexApiError) => void) => (err: unknown) => {
  assert.ok(err instanceof WebexApiError, `expected a WebexApiError, got ${String(err)}`);
  check(err);
  return true;
};

test('a 5xx storm ends after a bounded number of tries, with a transient error', async () => {
  emu.resetCalls();
  emu.fault({ path: '/people/me', status: 503, times: 50 });
  const { api } = clientOn(emu.url, STANDARD_TOKENS.officer, { maxRetries: 3 });
  await assert.rejects(api.people.me(), webexError((e) => {
    assert.equal(e.status, 503);
    assert.equal(e.code, 'WEBEX_HTTP');
    assert.ok(isTransient(e));
    assert.ok(e.trackingId?.startsWith('EMU_'), 'the tracking id is kept for support');
  }));
  assert.equal(emu.callsTo('GET', '/people/me').length, 4);
  emu.clearFaults();
});

test('a 5xx followed by success is retried transparently', async () => {
  emu.resetCalls();
  emu.fault({ path: '/people/me', status: 502, times: 2 });
  const { api } = clientOn(emu.url, STANDARD_TOKENS.officer);
  const me = await api.people.me();
  assert.equal(me.emails[0], 'officer@acme.example');
  assert.deepEqual(emu.callsTo('GET', '/people/me').map((c) => c.status), [502, 502, 200]);
});

test('a 404 is not retried and is not transient; the error holds the path but not the query', async () => {
  emu.resetCalls();
  const { client } = clientOn(emu.url, STANDARD_TOKENS.officer);
  await assert.rejects(client.request('GET', '/messages/no-such-message', { query: { personEmail: 'secret.person@acme.example' } }), webexError((e) => {
    assert.equal(e.status, 404);
    assert.equal(isTransient(e), false);
    assert.equal(e.path, '/messages/no-such-message');
    assert.doesNotMatch(e.message + JSON.stringify(e.details), /secret\.person/);
  }));
  assert.equal(emu.callsTo('GET', '/messages/no-such-message').length, 1);
});

test('a POST is not retried after a 5xx, unless the caller says it is idempotent', async () => {
  emu.resetCalls();
  emu.fault({ method: 'POST', path: '/webhooks', status: 500, times: 3 });
  const { client } = clientOn(emu.url, STANDARD_TOKENS.officer);
  const hook = { name: 'x', targetUrl: 'http://127.0.0.1:9/x', resource: 'messages', event: 'created' };
  await assert.rejects(client.request('POST', '/webhooks', { json: hook }), webexError((e) => assert.ok(e.transient)));
  assert.equal(emu.callsTo('POST', '/webhooks').length, 1);
  emu.resetCalls();
  await client.request('POST', '/webhooks', { json: hook, idempotent: true });
  assert.deepEqual(emu.callsTo('POST', '/webhooks').map((c) => c.status), [500, 500, 200]);
});

test('a 401 with a static token is not retried', async () => {
  emu.resetCalls();
  const { api } = clientOn(emu.url, 'not-a-token');
  await assert.rejects(api.people.me(), webexError((e) => {
    assert.equal(e.status, 401);
    assert.equal(isTransient(e), false);
  }));
  assert.equal(emu.callsTo('GET', '/people/me').length, 1);
});

test('a call that does not answer in time fails as a transient timeout after bounded retries', async () => {
  emu.resetCalls();
  emu.fault({ path: '/people/me', status: 0, delayMs: 400, times: 2 });
  const { api } = clientOn(emu.url, STANDARD_TOKENS.officer, { timeoutMs: 100, maxRetries: 1 });
  await assert.rejects(api.people.me(), webexError((e) => {
    assert.equal(e.code, 'WEBEX_TIMEOUT');
    assert.ok(isTransient(e));
  }));
  // The emulator records a delayed call when it answers, after the client gave up.
  await waitFor('both tries to be recorded', () => emu.callsTo('GET', '/people/me').length === 2);
});

test('logs name each request without the token', async () => {
  emu.resetCalls();
  const { api, logs } = clientOn(emu.url, STANDARD_TOKENS.officer);
  await api.people.me();
  assert.match(logs(), /"path":"\/people\/me"/);
  assert.match(logs(), /"trackingId":"EMU_/);
  assert.doesNotMatch(logs(), new RegExp(STANDARD_TOKENS.officer));
});
