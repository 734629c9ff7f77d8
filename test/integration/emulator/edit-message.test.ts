import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS, STANDARD_TOKENS } from '../../../src/emulator/types.js';
import { callApi, startTestEmulator } from '../../helpers/emulator.js';

test('PUT /messages/{id}: the author edits text up to ten times; files and cards cannot be edited; each edit is an updated event', async (t) => {
  const emu = await startTestEmulator();
  t.after(() => emu.close());
  const room = emu.addRoom({ title: 'Edits', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  const msg = emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: 'first' });
  const put = (token: string, body: object) => callApi(emu, token, 'PUT', `/messages/${msg.id}`, body);

  assert.equal((await put(STANDARD_TOKENS.bob, { roomId: room.id, text: 'not mine' })).status, 404);
  assert.equal((await put(STANDARD_TOKENS.alice, { text: 'no room' })).status, 400);
  for (let i = 1; i <= 10; i++) assert.equal((await put(STANDARD_TOKENS.alice, { roomId: room.id, text: `edit ${i}` })).status, 200);
  assert.equal((await put(STANDARD_TOKENS.alice, { roomId: room.id, text: 'edit 11' })).status, 400);
  assert.equal(emu.message(msg.id)?.text, 'edit 10');

  const updates = emu.events().filter((e) => e.resource === 'messages' && e.type === 'updated' && e.data['id'] === msg.id);
  assert.equal(updates.length, 10);
  assert.equal(updates.at(-1)!.data['text'], 'edit 10');

  const withFile = emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: 'doc', files: ['https://files.example/a.pdf'] });
  assert.equal((await callApi(emu, STANDARD_TOKENS.alice, 'PUT', `/messages/${withFile.id}`, { roomId: room.id, text: 'x' })).status, 400);
});
