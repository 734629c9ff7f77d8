import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator, EmuRoom } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

describe('emulator access rules', () => {
  let emu: Emulator;
  let room: EmuRoom;
  before(async () => {
    emu = await startTestEmulator();
    room = emu.addRoom({ title: 'Deals', creator: E.alice, members: [E.bob, E.bot] });
  });
  after(() => emu.close());

  it('hides an unmentioned group message from the bot (404) but shows a mentioning one', async () => {
    const quiet = emu.postMessage(E.bob, { roomId: room.id, text: 'between us' });
    const loud = emu.postMessage(E.alice, { roomId: room.id, markdown: `hey <@personEmail:${E.bot}>` });
    assert.equal((await callApi(emu, T.bot, 'GET', `/messages/${quiet.id}`)).status, 404);
    const seen = await callApi(emu, T.bot, 'GET', `/messages/${loud.id}`);
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.body.mentionedPeople, [emu.person(E.bot).id]);
  });

  it('makes a bot list group messages with mentionedPeople=me, and then only those', async () => {
    assert.equal((await callApi(emu, T.bot, 'GET', `/messages?roomId=${room.id}`)).status, 403);
    const listed = await callApi(emu, T.bot, 'GET', `/messages?roomId=${room.id}&mentionedPeople=me`);
    assert.equal(listed.status, 200);
    assert.ok(listed.body.items.length > 0);
    for (const m of listed.body.items) assert.ok(m.mentionedPeople.includes(emu.person(E.bot).id));
  });

  it('lets the compliance officer read an org space it is not in, but not an outsider', async () => {
    const msg = emu.postMessage(E.alice, { roomId: room.id, text: 'numbers' });
    assert.equal((await callApi(emu, T.officer, 'GET', `/messages/${msg.id}`)).status, 200);
    assert.equal((await callApi(emu, T.officer, 'GET', `/rooms/${room.id}`)).status, 200);
    assert.equal((await callApi(emu, T.eve, 'GET', `/messages/${msg.id}`)).status, 404);
    assert.equal((await callApi(emu, T.eve, 'GET', `/rooms/${room.id}`)).status, 404);
  });

  it('lets only an officer list a person\'s memberships without a roomId', async () => {
    const bob = emu.person(E.bob).id;
    const asOfficer = await callApi(emu, T.officer, 'GET', `/memberships?personId=${bob}`);
    assert.equal(asOfficer.status, 200);
    assert.deepEqual(asOfficer.body.items.map((m: { roomId: string }) => m.roomId), [room.id]);
    assert.equal((await callApi(emu, T.alice, 'GET', `/memberships?personId=${bob}`)).status, 400);
  });

  it('answers 401 with Webex\'s error body and a Trackingid for a missing or expired token', async () => {
    for (const token of [undefined, 'nobody']) {
      const res = await callApi(emu, token, 'GET', '/people/me');
      assert.equal(res.status, 401);
      assert.ok(res.headers.get('trackingid'));
      assert.equal(res.body.trackingId, res.headers.get('trackingid'));
      assert.equal(typeof res.body.errors[0].description, 'string');
    }
    emu.addPerson({ email: 'temp@acme.example', token: 'temp-token', label: 'temp' });
    assert.equal((await callApi(emu, 'temp-token', 'GET', '/people/me')).status, 200);
    emu.expireToken('temp-token');
    assert.equal((await callApi(emu, 'temp-token', 'GET', '/people/me')).status, 401);
  });

  it('finds people by email only within the caller\'s org', async () => {
    const own = await callApi(emu, T.bot, 'GET', `/people?email=${encodeURIComponent(E.alice)}`);
    assert.equal(own.body.items.length, 1);
    const other = await callApi(emu, T.bot, 'GET', `/people?email=${encodeURIComponent(E.eve)}`);
    assert.equal(other.body.items.length, 0);
  });

  it('records calls with the token label, never the token, and 404s unknown routes', async () => {
    emu.resetCalls();
    const res = await callApi(emu, T.alice, 'GET', '/nope/nothing');
    assert.equal(res.status, 404);
    assert.equal(res.body.message.length > 0, true);
    const [call] = emu.callsTo('GET', '/nope/nothing');
    assert.equal(call?.tokenLabel, 'alice');
    assert.equal(call?.status, 404);
    assert.ok(!JSON.stringify(emu.calls).includes(T.alice));
  });
});
