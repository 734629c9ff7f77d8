import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { callApi, STANDARD_TOKENS as T } from '../../../helpers/emulator.js';
import { conformanceWorld, type ConformanceWorld } from './conformance-world.js';
import { conforms } from './conforms.js';
import { errorBody } from './schemas/common.js';

let w: ConformanceWorld;
before(async () => {
  w = await conformanceWorld();
});
after(() => w.emu.close());

test('every error answer carries Webex\'s error body, with the Trackingid header\'s value', async () => {
  for (const [token, path, status] of [[T.officer, '/rooms/nope', 404], [undefined, '/people/me', 401], [T.bot, '/events', 403]] as const) {
    const a = await callApi(w.emu, token, 'GET', path);
    assert.equal(a.status, status, path);
    const body = conforms(errorBody, a.body, `GET ${path} (${status})`);
    assert.equal(body.trackingId, a.headers.get('trackingid'));
  }
});

test('a 429 carries Retry-After, as Webex documents for every 429, unless the test asks for none', async () => {
  w.emu.fault({ method: 'GET', path: '/people/me', status: 429 });
  const limited = await callApi(w.emu, T.officer, 'GET', '/people/me');
  assert.equal(limited.status, 429);
  assert.match(limited.headers.get('retry-after') ?? '', /^\d+$/, '429 without Retry-After');
  conforms(errorBody, limited.body, 'the 429 body');
  w.emu.fault({ method: 'GET', path: '/people/me', status: 429, retryAfter: null });
  const bare = await callApi(w.emu, T.officer, 'GET', '/people/me');
  assert.equal(bare.status, 429);
  assert.equal(bare.headers.get('retry-after'), null);
});
