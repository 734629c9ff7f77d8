import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator, EmuRoom } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

const tag = (id: string, name: string) => `<spark-mention data-object-type="person" data-object-id="${id}">${name}</spark-mention>`;

describe('emulator: messages as the Webex app sends them', () => {
  let emu: Emulator;
  let room: EmuRoom;
  before(async () => {
    emu = await startTestEmulator();
    room = emu.addRoom({ title: 'Ops', creator: E.alice, members: [E.bob, E.bot] });
  });
  after(() => emu.close());

  it('finds mentions of members by display name or its first word, longest first, and leaves emails alone', () => {
    const bob = emu.person(E.bob);
    const bot = emu.person(E.bot);
    const msg = emu.postAsApp(E.alice, { roomId: room.id, text: '@Bob Baker and @warden: mail bob@acme.example, @Nobody' });
    assert.equal(msg.text, 'Bob Baker and Warden: mail bob@acme.example, @Nobody');
    assert.equal(msg.html, `<p>${tag(bob.id, 'Bob Baker')} and ${tag(bot.id, 'Warden')}: mail bob@acme.example, @Nobody</p>`);
    assert.deepEqual(msg.mentionedPeople, [bob.id, bot.id]);
    assert.equal(msg.markdown, undefined);
    const short = emu.postAsApp(E.bob, { roomId: room.id, text: 'thanks @Alice' });
    assert.equal(short.html, `<p>thanks ${tag(emu.person(E.alice).id, 'Alice')}</p>`);
  });

  it('with `mentions`, only those people are mentions; @All is the group mention; lines break with <br/>', () => {
    const msg = emu.postAsApp(E.alice, { roomId: room.id, text: '@All see @Bob\nnow', mentions: [emu.person(E.bot).id] });
    assert.equal(msg.text, 'All see @Bob\nnow');
    assert.equal(msg.html, '<p><spark-mention data-object-type="groupMention" data-group-type="all">All</spark-mention> see @Bob<br/>now</p>');
    assert.deepEqual(msg.mentionedGroups, ['all']);
    assert.deepEqual(msg.mentionedPeople, [emu.person(E.bot).id], 'a listed person is mentioned even when not named');
  });

  it('a bot sees an app message that mentions it (mentionedPeople=me), and not one that does not', async () => {
    const to = emu.postAsApp(E.bob, { roomId: room.id, text: '@Warden status' });
    const past = emu.postAsApp(E.bob, { roomId: room.id, text: 'Warden is great' });
    const listed = await callApi(emu, T.bot, 'GET', `/messages?roomId=${room.id}&mentionedPeople=me`);
    const ids = listed.body.items.map((m: { id: string }) => m.id);
    assert.ok(ids.includes(to.id));
    assert.ok(!ids.includes(past.id));
    assert.equal((await callApi(emu, T.bot, 'GET', `/messages/${past.id}`)).status, 404);
  });

  it('is refused with 400 without text, over the control API too', async () => {
    assert.throws(() => emu.postAsApp(E.bob, { roomId: room.id, text: '' }), /text is required/);
    const res = await fetch(`${emu.origin}/_emulator/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ as: E.bob, roomId: room.id, app: true }),
    });
    assert.equal(res.status, 400);
  });

  it('renders markdown posts to html too (bold, code, links, mentions), and an edit follows', async () => {
    const posted = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, markdown: `**Alert** for <@personEmail:${E.bob}|Bob>: see [case](https://x.example/c) \`id_1\`` });
    assert.equal(posted.body.html, `<p><strong>Alert</strong> for ${tag(emu.person(E.bob).id, 'Bob')}: see <a href="https://x.example/c" rel="nofollow">case</a> <code>id_1</code></p>`);
    const edited = await callApi(emu, T.bot, 'PUT', `/messages/${posted.body.id}`, { roomId: room.id, text: 'plain now' });
    assert.equal(edited.body.html, undefined);
    const text = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, text: 'only text' });
    assert.equal(text.body.html, undefined, 'a text-only post has no html');
  });
});
