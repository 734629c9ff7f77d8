import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

describe('emulator: classifying a space and making it public (PUT /rooms/{id})', () => {
  let emu: Emulator;
  let ranks: string[];
  before(async () => {
    emu = await startTestEmulator();
    ranks = emu.classifications().map((c) => c.id);
  });
  after(() => emu.close());

  it('a bot may classify only once a person of the owning org is in the space, and the change is announced', async () => {
    const made = await callApi(emu, T.bot, 'POST', '/rooms', { title: 'Bot space' });
    const put = (token: string) => callApi(emu, token, 'PUT', `/rooms/${made.body.id}`, { title: 'Bot space', classificationId: ranks[1] });
    assert.equal((await put(T.bot)).status, 403);
    emu.addMember(E.bot, made.body.id, E.alice);
    const ok = await put(T.bot);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.classificationId, ranks[1]);
    const updated = emu.events().filter((e) => e.resource === 'rooms' && e.type === 'updated' && e.data.id === made.body.id);
    assert.equal(updated.length, 1);
    assert.equal(updated[0]?.data['classificationId'], undefined, 'the event does not carry the new classification (re-read the room)');
  });

  it('a classification of another org is refused', async () => {
    const room = emu.addRoom({ title: 'Ops', creator: E.alice });
    const foreign = emu.classifications(emu.partnerOrg.id)[0]!.id;
    assert.equal((await callApi(emu, T.alice, 'PUT', `/rooms/${room.id}`, { title: 'Ops', classificationId: foreign })).status, 400);
  });

  it('only a compliance officer makes a space public, and only a described one of the lowest rank', async () => {
    const room = emu.addRoom({ title: 'News', creator: E.alice, classificationId: ranks[0] });
    const put = (token: string, body: object) => callApi(emu, token, 'PUT', `/rooms/${room.id}`, { title: 'News', ...body });
    assert.equal((await put(T.officer, { isPublic: true })).status, 400, 'no description yet');
    assert.equal((await put(T.alice, { isPublic: true, description: 'Company news' })).status, 403);
    assert.equal(emu.room(room.id).description, undefined, 'a refused change leaves the space as it was');
    const pub = await put(T.officer, { isPublic: true, description: 'Company news' });
    assert.equal(pub.status, 200);
    assert.equal(pub.body.isPublic, true);
    assert.ok(Date.parse(pub.body.madePublic) > 0);
    const priv = await put(T.alice, { isPublic: false, description: ' ' });
    assert.equal(priv.body.isPublic, false);
    assert.equal(priv.body.madePublic, undefined);
    assert.equal(priv.body.description, undefined, 'a single space removes the description');
  });
});
