import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, STANDARD_EMAILS, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { clientOn } from './setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

const officerApi = () => clientOn(emu.url, STANDARD_TOKENS.officer).api;

test('messages, rooms and people are read and deleted at their documented paths', async () => {
  const room = emu.addRoom({ title: 'Deals', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.eve] });
  const msg = emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: 'hello' });
  const api = officerApi();
  emu.resetCalls();
  assert.equal((await api.messages.get(msg.id)).text, 'hello');
  assert.equal((await api.rooms.get(room.id)).title, 'Deals');
  assert.equal((await api.people.get(msg.personId)).emails[0], STANDARD_EMAILS.alice);
  const members = await api.memberships.list({ roomId: room.id });
  assert.deepEqual(members.map((m) => m.personEmail).sort(), [STANDARD_EMAILS.alice, STANDARD_EMAILS.eve].sort());
  await api.messages.delete(msg.id);
  const eve = members.find((m) => m.personEmail === STANDARD_EMAILS.eve);
  await api.memberships.delete(eve!.id);
  assert.deepEqual(
    emu.calls.map((c) => `${c.method} ${c.path} ${c.status}`),
    [
      `GET /messages/${msg.id} 200`,
      `GET /rooms/${room.id} 200`,
      `GET /people/${msg.personId} 200`,
      'GET /memberships 200',
      `DELETE /messages/${msg.id} 204`,
      `DELETE /memberships/${eve!.id} 204`,
    ],
  );
  assert.equal(emu.calls[3]?.query['roomId'], room.id);
});

test('a card press is read back with its inputs from /attachment/actions/{id}', async () => {
  const room = emu.addRoom({ title: 'Alerts', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  const bot = clientOn(emu.url, STANDARD_TOKENS.bot).api;
  const card = await bot.messages.create({
    roomId: room.id,
    text: 'fallback',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.3', body: [] } }],
  });
  const press = emu.pressCard(STANDARD_EMAILS.officer, card.id, { action: 'dismiss', alertId: 'A1' });
  emu.resetCalls();
  const action = await bot.attachmentActions.get(press.id);
  assert.equal(action.messageId, card.id);
  assert.deepEqual(action.inputs, { action: 'dismiss', alertId: 'A1' });
  assert.deepEqual(emu.calls.map((c) => `${c.method} ${c.path}`), [`GET /attachment/actions/${press.id}`]);
});

test('ids are encoded as one path segment', async () => {
  emu.resetCalls();
  await assert.rejects(officerApi().messages.get('a/b?c'));
  assert.deepEqual(emu.calls.map((c) => c.path), ['/messages/a%2Fb%3Fc']);
});

test('recordings and their access report use the compliance paths', async () => {
  const rec = emu.addRecording({ topic: 'Board meeting', hostEmail: STANDARD_EMAILS.officer, timeRecorded: new Date().toISOString() });
  emu.recordAccess(rec.id, { email: STANDARD_EMAILS.eve, viewed: true, downloaded: true });
  const api = officerApi();
  emu.resetCalls();
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 60_000).toISOString();
  const summary = await api.recordingReport.accessSummary({ from, to });
  assert.ok(summary.some((s) => s.recordingId === rec.id));
  const detail = await api.recordingReport.accessDetail({ recordingId: rec.id });
  assert.deepEqual(detail.map((d) => d.email), [STANDARD_EMAILS.eve]);
  assert.ok((await api.recordings.list({ from, to })).some((r) => r.id === rec.id));
  await api.recordings.delete(rec.id, { reason: 'compliance' });
  assert.deepEqual(
    emu.calls.map((c) => `${c.method} ${c.path}`),
    ['GET /recordingReport/accessSummary', 'GET /recordingReport/accessDetail', 'GET /admin/recordings', `DELETE /recordings/${rec.id}`],
  );
  assert.equal(emu.calls[1]?.query['recordingId'], rec.id);
  assert.deepEqual(emu.calls[3]?.body, { reason: 'compliance' });
});
