import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

describe('emulator faults', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startTestEmulator();
  });
  afterEach(() => emu.close());

  it('answers 429 with Retry-After for the next K matching calls, then normally, recording all', async () => {
    emu.fault({ method: 'GET', path: '/people/me', status: 429, times: 2, retryAfter: 3 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await callApi(emu, T.bot, 'GET', '/people/me'));
    assert.deepEqual(answers.map((a) => a.status), [429, 429, 200]);
    assert.equal(answers[0]?.headers.get('retry-after'), '3');
    assert.equal(typeof answers[0]?.body.trackingId, 'string');
    assert.deepEqual(emu.callsTo('GET', '/people/me', 'bot').map((c) => c.status), [429, 429, 200]);
  });

  it('matches by method and by RegExp path, leaving other calls alone', async () => {
    emu.fault({ method: 'DELETE', path: /^\/messages\//, status: 503 });
    assert.equal((await callApi(emu, T.bot, 'GET', '/people/me')).status, 200);
    assert.equal((await callApi(emu, T.officer, 'DELETE', '/messages/abc')).status, 503);
    assert.equal((await callApi(emu, T.officer, 'DELETE', '/messages/abc')).status, 404);
  });

  it('is armed and read over the control API too', async () => {
    const post = await fetch(`${emu.origin}/_emulator/faults`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pathRegex: '^/rooms', status: 502 }),
    });
    assert.equal(post.status, 204);
    assert.equal((await callApi(emu, T.alice, 'GET', '/rooms')).status, 502);
    const calls = (await (await fetch(`${emu.origin}/_emulator/calls`)).json()) as { items: Array<{ path: string; status: number }> };
    assert.deepEqual(calls.items.map((c) => [c.path, c.status]), [['/rooms', 502]]);
  });
});
