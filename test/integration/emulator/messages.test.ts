import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator, EmuRoom } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

const CARD = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.3', body: [] } };

describe('emulator messages', () => {
  let emu: Emulator;
  let room: EmuRoom;
  before(async () => {
    emu = await startTestEmulator();
    room = emu.addRoom({ title: 'Ops', creator: E.alice, members: [E.bob, E.bot] });
  });
  after(() => emu.close());

  it('answers 410 when the officer deletes a deleted message, 404 to anyone else', async () => {
    const msg = emu.postMessage(E.bob, { roomId: room.id, text: '4111 1111 1111 1111' });
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/messages/${msg.id}`)).status, 204);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/messages/${msg.id}`)).status, 410);
    assert.equal((await callApi(emu, T.bob, 'DELETE', `/messages/${msg.id}`)).status, 404);
    assert.equal(emu.callsTo('DELETE', `/messages/${msg.id}`, 'officer').length, 2);
  });

  it('keeps a deleted message readable by the officer only', async () => {
    const msg = emu.postMessage(E.alice, { roomId: room.id, text: 'oops' });
    emu.deleteMessage(E.alice, msg.id);
    const officer = await callApi(emu, T.officer, 'GET', `/messages/${msg.id}`);
    assert.equal(officer.status, 200);
    assert.equal(officer.body.text, 'oops');
    assert.equal((await callApi(emu, T.alice, 'GET', `/messages/${msg.id}`)).status, 404);
    const listed = await callApi(emu, T.alice, 'GET', `/messages?roomId=${room.id}`);
    assert.ok(!listed.body.items.some((m: { id: string }) => m.id === msg.id));
  });

  it('refuses to let a member delete someone else\'s message', async () => {
    const msg = emu.postMessage(E.alice, { roomId: room.id, text: 'mine' });
    assert.equal((await callApi(emu, T.bob, 'DELETE', `/messages/${msg.id}`)).status, 403);
    assert.equal(emu.message(msg.id)?.deleted, undefined);
  });

  it('accepts a reply to a thread root and refuses a reply to a reply', async () => {
    const root = emu.postMessage(E.alice, { roomId: room.id, text: 'root' });
    const reply = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, parentId: root.id, text: 'r1' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.parentId, root.id);
    const nested = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, parentId: reply.body.id, text: 'r2' });
    assert.equal(nested.status, 400);
  });

  it('refuses text over 7439 bytes and more than one card', async () => {
    const long = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, markdown: 'é'.repeat(3720) });
    assert.equal(long.status, 400);
    const fits = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, markdown: 'x'.repeat(7439) });
    assert.equal(fits.status, 200);
    const two = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, text: 'f', attachments: [CARD, CARD] });
    assert.equal(two.status, 400);
    const one = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, text: 'f', attachments: [CARD] });
    assert.equal(one.status, 200);
  });

  it('creates the 1:1 space on the first toPersonEmail and reuses it', async () => {
    const first = await callApi(emu, T.bot, 'POST', '/messages', { toPersonEmail: E.officer, text: 'hello' });
    const second = await callApi(emu, T.bot, 'POST', '/messages', { toPersonEmail: E.officer, text: 'again' });
    assert.equal(first.status, 200);
    assert.equal(first.body.roomType, 'direct');
    assert.equal(second.body.roomId, first.body.roomId);
    const members = emu.memberships(first.body.roomId).map((m) => m.personEmail).sort();
    assert.deepEqual(members, [E.officer, E.bot].sort());
    // The bot sees every message of its 1:1 space, mentioned or not.
    const listed = await callApi(emu, T.bot, 'GET', `/messages?roomId=${first.body.roomId}`);
    assert.deepEqual(listed.body.items.map((m: { text: string }) => m.text), ['again', 'hello']);
  });

  it('reaches the same 1:1 space by toPersonId, and answers 404 for a person it does not know (webex-api.md §3)', async () => {
    const byEmail = await callApi(emu, T.bot, 'POST', '/messages', { toPersonEmail: E.alice, text: 'one' });
    const byId = await callApi(emu, T.bot, 'POST', '/messages', { toPersonId: emu.person(E.alice).id, markdown: '**two**' });
    assert.equal(byId.status, 200);
    assert.equal(byId.body.roomId, byEmail.body.roomId);
    const nobody = await callApi(emu, T.bot, 'POST', '/messages', { toPersonId: 'Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ub2JvZHk', text: 'hi' });
    assert.equal(nobody.status, 404);
  });

  it('lets a member remove someone: 204, then 404 for the same membership', async () => {
    const m = emu.addMember(E.alice, room.id, E.eve);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/memberships/${m.id}`)).status, 204);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/memberships/${m.id}`)).status, 404);
    assert.ok(!emu.memberships(room.id).some((x) => x.personEmail === E.eve));
  });

  it('presses a card as a user and shows the inputs to the bot that posted it', async () => {
    const card = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, text: 'alert', attachments: [CARD] });
    const press = emu.pressCard(E.officer, card.body.id, { action: 'dismiss', alertId: '7' });
    const read = await callApi(emu, T.bot, 'GET', `/attachment/actions/${press.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.inputs, { action: 'dismiss', alertId: '7' });
    assert.equal(read.body.personId, emu.person(E.officer).id);
    assert.equal((await callApi(emu, T.eve, 'GET', `/attachment/actions/${press.id}`)).status, 404);
  });
});
