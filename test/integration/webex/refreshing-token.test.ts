import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../src/emulator/index.js';
import { isWardenError } from '../../../src/errors.js';
import { refreshingToken } from '../../../src/webex/refreshing-token.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { clientOn } from './setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

const OFFICER = 'officer@acme.example';
let n = 0;

/** A fresh OAuth integration for each test, so refreshes do not carry over. */
function integration(options: { expiresInSeconds?: number; rotate?: boolean } = {}) {
  n += 1;
  const creds = { clientId: `client-${n}`, clientSecret: `client-secret-${n}`, refreshToken: `refresh-${n}` };
  emu.addOAuthClient({ ...creds, forEmail: OFFICER, expiresInSeconds: options.expiresInSeconds ?? 3600, rotateRefreshToken: options.rotate ?? false });
  const saved: string[] = [];
  const { logger, text } = captureLogs('debug');
  let clock = Date.now();
  const tokens = refreshingToken({
    baseUrl: emu.url,
    ...creds,
    store: { load: () => saved.at(-1), save: (rt) => void saved.push(rt) },
    logger,
    now: () => clock,
  });
  return { creds, tokens, saved, logs: text, advance: (ms: number) => void (clock += ms) };
}

test('ten calls waiting for a token cause one refresh', async () => {
  const { tokens } = integration();
  emu.resetCalls();
  const { api } = clientOn(emu.url, tokens);
  const people = await Promise.all(Array.from({ length: 10 }, () => api.people.me()));
  assert.ok(people.every((p) => p.emails[0] === OFFICER));
  assert.equal(emu.callsTo('POST', '/access_token').length, 1);
  assert.equal(emu.callsTo('GET', '/people/me').filter((c) => c.status === 200).length, 10);
  assert.equal(tokens.status().ok, true);
});

test('a 401 leads to exactly one refresh and a retry, however many calls met it', async () => {
  const { tokens } = integration();
  const { api } = clientOn(emu.url, tokens);
  await api.people.me();
  emu.expireToken(await tokens.getToken());
  emu.resetCalls();
  await Promise.all(Array.from({ length: 5 }, () => api.people.me()));
  assert.equal(emu.callsTo('POST', '/access_token').length, 1);
  const statuses = emu.callsTo('GET', '/people/me').map((c) => c.status);
  assert.equal(statuses.filter((s) => s === 200).length, 5);
  assert.ok(statuses.filter((s) => s === 401).length <= 5);
});

test('the token is renewed before it expires, so short-lived tokens never meet a 401', async () => {
  const { tokens, advance } = integration({ expiresInSeconds: 60 });
  const { api } = clientOn(emu.url, tokens);
  await api.people.me();
  const first = await tokens.getToken();
  emu.resetCalls();
  advance(40_000);
  await api.people.me();
  assert.equal(emu.callsTo('POST', '/access_token').length, 0, 'renewed too early');
  advance(12_000);
  await api.people.me();
  assert.equal(emu.callsTo('POST', '/access_token').length, 1);
  assert.notEqual(await tokens.getToken(), first);
  assert.ok(emu.callsTo('GET', '/people/me').every((c) => c.status === 200));
});

test('a rotated refresh token is saved and used for the next refresh', async () => {
  const { tokens, saved, creds } = integration({ rotate: true });
  await tokens.getToken();
  assert.equal(saved.length, 1);
  assert.notEqual(saved[0], creds.refreshToken);
  const before = await tokens.getToken();
  emu.expireToken(before);
  assert.equal(await tokens.invalidate(before), true);
  assert.notEqual(await tokens.getToken(), before);
  assert.equal(saved.length, 2, 'the second rotation was saved too');
});

test('a refused refresh fails with TOKEN_REFRESH_FAILED and no secret in message, status or logs', async () => {
  const { logger, text } = captureLogs('debug');
  const tokens = refreshingToken({ baseUrl: emu.url, clientId: 'nobody', clientSecret: 'hunter2-secret', refreshToken: 'rt-unknown-xyz', logger });
  emu.resetCalls();
  await assert.rejects(tokens.getToken(), (err: unknown) => {
    assert.ok(isWardenError(err, 'TOKEN_REFRESH_FAILED'));
    assert.doesNotMatch(err.message, /hunter2|rt-unknown/);
    return true;
  });
  const status = tokens.status();
  assert.equal(status.ok, false);
  assert.ok(status.lastError);
  assert.doesNotMatch(JSON.stringify(status) + text(), /hunter2|rt-unknown/);
  assert.equal(emu.callsTo('POST', '/access_token').length, 1);
});

test('a refresh Webex refuses (invalid_grant) is reported as refused and not asked again before the retry time', async () => {
  const { creds, tokens, advance } = integration();
  const held = await tokens.getToken();
  emu.revokeRefreshTokens(creds.clientId);
  emu.resetCalls();
  advance(3_600_000);
  const first = await tokens.getToken().catch((err: unknown) => err);
  assert.ok(isWardenError(first, 'TOKEN_REFRESH_FAILED'));
  assert.match((first as Error).message, /400 \(invalid_grant\)/);
  assert.equal(tokens.status().refused, true);
  await assert.rejects(tokens.getToken());
  await assert.rejects(tokens.invalidate(held));
  assert.equal(emu.callsTo('POST', '/access_token').length, 1, 'waiting events do not hammer the token endpoint');
  advance(31_000);
  await assert.rejects(tokens.getToken());
  assert.equal(emu.callsTo('POST', '/access_token').length, 2, 'tried again after the retry time');
});
