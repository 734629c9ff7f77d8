import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

/** Meetings, meeting chat, transcripts and classifications as a compliance officer reaches them (webex-api.md §14). */
describe('emulator meetings and classifications', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startTestEmulator();
  });
  after(() => emu.close());

  it('puts meeting chat on the Events API with its text, and lets only an officer delete it: 204, then 410', async () => {
    const meeting = emu.addMeeting({ title: 'Sync', hostEmail: E.bob });
    const chat = emu.postMeetingMessage(E.alice, meeting.id, 'hello all');
    const events = await callApi(emu, T.officer, 'GET', '/events?resource=meetingMessages');
    const item = events.body.items.find((e: { data: { id: string } }) => e.data.id === chat.id);
    assert.equal(item.type, 'created');
    assert.equal(item.data.text, 'hello all');
    assert.equal(item.data.meetingId, meeting.id);
    assert.equal((await callApi(emu, T.bob, 'DELETE', `/meeting/messages/${chat.id}`)).status, 404, 'the host cannot delete another person’s chat');
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/meeting/messages/${chat.id}`)).status, 204);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/meeting/messages/${chat.id}`)).status, 410);
    assert.equal((await callApi(emu, T.officer, 'GET', `/meetings/${meeting.id}`)).body.title, 'Sync');
    assert.equal((await callApi(emu, T.eve, 'GET', `/meetings/${meeting.id}`)).status, 404);
  });

  it('serves a transcript as txt or vtt to the host and officers, and refuses an officer’s delete without a reason', async () => {
    const meeting = emu.addMeeting({ title: 'Plan', hostEmail: E.bob });
    const t = emu.addTranscript(meeting.id, [{ speaker: 'Bob', offsetSeconds: 65, text: 'Welcome' }]);
    const created = (await callApi(emu, T.officer, 'GET', '/events?resource=meetingTranscripts')).body.items.find((e: { data: { id: string } }) => e.data.id === t.id);
    assert.deepEqual(Object.keys(created.data).sort(), ['created', 'id', 'meetingId'], 'the event carries ids only');
    const res = await fetch(`${emu.url}/meetingTranscripts/${t.id}/download?format=txt`, { headers: { authorization: `Bearer ${T.officer}` } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    assert.equal(await res.text(), 'Bob 00:01:05\nWelcome\n');
    const vtt = await fetch(`${emu.url}/meetingTranscripts/${t.id}/download?format=vtt`, { headers: { authorization: `Bearer ${T.bob}` } });
    assert.match(await vtt.text(), /^WEBVTT\n\n1\n00:01:05\.000 --> 00:01:10\.000\nBob: Welcome/);
    assert.equal((await fetch(`${emu.url}/meetingTranscripts/${t.id}/download`, { headers: { authorization: `Bearer ${T.alice}` } })).status, 404);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/meetingTranscripts/${t.id}`, {})).status, 400);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/meetingTranscripts/${t.id}`, { reason: 'policy' })).status, 204);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/meetingTranscripts/${t.id}`, { reason: 'policy' })).status, 404);
    assert.equal(emu.transcript(t.id)?.deletion?.reason, 'policy');
  });

  it('lists five ranked classifications, sets a room’s classificationId with a rooms/updated event, and answers 403 without the Pro Pack', async () => {
    const list = await callApi(emu, T.officer, 'GET', '/classifications');
    assert.deepEqual(list.body.items.map((c: { rank: number }) => c.rank), [0, 1, 2, 3, 4]);
    const room = emu.addRoom({ title: 'Board', creator: E.alice });
    const target = list.body.items[3];
    emu.classifyRoom(E.alice, room.id, target.id);
    assert.equal((await callApi(emu, T.officer, 'GET', `/rooms/${room.id}`)).body.classificationId, target.id);
    const updated = (await callApi(emu, T.officer, 'GET', '/events?resource=rooms&type=updated')).body.items.filter((e: { data: { id: string } }) => e.data.id === room.id);
    assert.equal(updated.length, 1);
    assert.throws(() => emu.classifyRoom(E.alice, room.id, 'not-a-classification'), /Invalid classificationId/);
    emu.withoutProPack(emu.mainOrg.id);
    assert.equal((await callApi(emu, T.officer, 'GET', '/classifications')).status, 403);
  });
});
