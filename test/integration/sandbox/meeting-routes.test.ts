import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/load-config.js';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index.js';
import { waitFor } from '../../helpers/wait-for.js';

// The console's meeting routes (src/sandbox/meeting-routes.ts) and the meetings in its state,
// over real HTTP to the sandbox, and what they did in the emulated Webex; then a Reset.

interface Meetings {
  meetings: Array<{ id: string; title: string; host: string }>;
  meeting?: {
    id: string; title: string; host: string; hostEmail: string;
    messages: Array<{ id: string; author: string; authorEmail: string; text?: string; deleted: boolean }>;
    transcripts: Array<{ id: string; name: string; state: string; passages: number }>;
  };
}

let dataDir: string;
let sandbox: Sandbox;

const start = async (): Promise<Sandbox> => startSandbox(loadConfig({ WARDEN_MODE: 'sandbox', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error' }));
before(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'warden-meetings-'));
  sandbox = await start();
});
after(async () => {
  await sandbox?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const world = () => sandbox.runtime.world();
async function state(meeting?: string): Promise<Meetings> {
  const q = new URLSearchParams({ as: 'alice@acme.example', ...(meeting ? { meeting } : {}) });
  const res = await fetch(`${sandbox.url}api/console/state?${q}`);
  assert.equal(res.status, 200);
  return (await res.json()) as Meetings;
}
async function post(route: string, body: unknown, type = 'application/json'): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${sandbox.url}api/console/${route}`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const meetingId = async (title: string): Promise<string> => (await state()).meetings.find((m) => m.title === title)!.id;

test('the state lists the demo meetings by topic and host; a chosen one has its chat, oldest first', async () => {
  const s = await state();
  assert.deepEqual(s.meetings.map((m) => [m.title, m.host]), [['Supplier sync', 'Bob Baker'], ['Engineering stand-up', 'Carol Chen']]);
  assert.equal(s.meeting, undefined, 'no meeting chosen, none detailed');
  const chosen = await state(s.meetings[0]!.id);
  assert.equal(chosen.meeting?.hostEmail, 'bob@acme.example');
  assert.deepEqual(chosen.meeting?.messages.map((m) => [m.author, m.text, m.deleted]), [['Bob Baker', 'Agenda: delivery dates, then the new price list.', false]]);
  assert.deepEqual(chosen.meeting?.transcripts, []);
});

test('POST meetings/messages writes in the chat as the person: a meetingMessages/created event Warden polls for', async () => {
  const id = await meetingId('Supplier sync');
  const sent = await post('meetings/messages', { as: 'carol@acme.example', meetingId: id, text: 'running five minutes late' });
  assert.equal(sent.status, 200);
  const chat = world().emu.meetingMessage(String(sent.body.id));
  assert.equal(chat?.personEmail, 'carol@acme.example');
  assert.equal(chat?.text, 'running five minutes late');
  const ev = world().emu.events().find((e) => e.resource === 'meetingMessages' && e.type === 'created' && e.data.id === chat?.id);
  assert.ok(ev, 'the Events API has the chat message');
  await waitFor('Warden to read meeting chat from the Events API', () =>
    world().emu.callsTo('GET', '/events', 'compliance officer').some((c) => c.query.resource === 'meetingMessages'), 20_000);
  const shown = (await state(id)).meeting!.messages.at(-1)!;
  assert.deepEqual([shown.id, shown.author, shown.text, shown.deleted], [chat!.id, 'Carol Chen', 'running five minutes late', false]);
});

test('POST meetings/transcripts adds the host’s transcript from the txt layout; the download serves it back', async () => {
  const id = await meetingId('Engineering stand-up');
  const text = 'Carol Chen 00:00:05\nMorning all.\n\nBob Baker 00:03:10\nNothing blocking here.\n';
  const added = await post('meetings/transcripts', { meetingId: id, text });
  assert.equal(added.status, 200);
  const t = world().emu.transcript(String(added.body.id));
  assert.deepEqual(t?.cues, [{ speaker: 'Carol Chen', offsetSeconds: 5, text: 'Morning all.' }, { speaker: 'Bob Baker', offsetSeconds: 190, text: 'Nothing blocking here.' }]);
  assert.equal(t?.hostUserId, world().emu.person('carol@acme.example').id);
  const res = await fetch(`${world().emu.url}/meetingTranscripts/${t!.id}/download?format=txt`, { headers: { authorization: `Bearer ${world().demo.complianceToken}` } });
  assert.equal(await res.text(), text);
  const listed = (await state(id)).meeting!.transcripts;
  assert.deepEqual(listed.map((x) => [x.id, x.name, x.state, x.passages]), [[t!.id, 'Engineering stand-up transcript 1', 'available', 2]]);
});

test('bad meeting requests are refused with the reason, and change nothing', async () => {
  const id = await meetingId('Supplier sync');
  const events = world().emu.events().length;
  assert.equal((await post('meetings/messages', { as: 'alice@acme.example', meetingId: id, text: '   ' })).status, 400);
  assert.equal((await post('meetings/messages', { as: 'alice@acme.example', meetingId: id, text: 'x'.repeat(7001) })).status, 400);
  const unknown = await post('meetings/messages', { as: 'alice@acme.example', meetingId: 'no-such-meeting', text: 'hi' });
  assert.equal(unknown.status, 404);
  assert.match(String(unknown.body.message), /Meeting not found/);
  assert.equal((await post('meetings/messages', { as: 'nobody@acme.example', meetingId: id, text: 'hi' })).status, 404);
  assert.equal((await post('meetings/transcripts', { meetingId: id, text: '' })).status, 400);
  assert.equal((await post('meetings/transcripts', { meetingId: 'no-such-meeting', text: 'hello' })).status, 404);
  assert.equal((await post('meetings/messages', `{"as":"alice@acme.example","meetingId":"${id}","text":"hi"}`, 'text/plain')).status, 415);
  assert.equal(world().emu.events().length, events, 'no event from a refused request');
});

// A restart is a new process (the bot framework binds to one API URL per process):
// test/e2e/sandbox-restart.test.ts keeps meetings across it. Reset reuses the emulator's port.
test('Reset brings back the demo meetings, without what was added to them', async () => {
  const id = await meetingId('Supplier sync');
  await post('meetings/messages', { as: 'bob@acme.example', meetingId: id, text: 'gone after the reset' });
  await post('meetings/transcripts', { meetingId: id, text: 'Bob Baker 00:00:01\nThanks all.' });
  const res = await fetch(`${sandbox.url}api/console/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(res.status, 200);
  const fresh = await state();
  assert.deepEqual(fresh.meetings.map((m) => m.title), ['Supplier sync', 'Engineering stand-up']);
  assert.notEqual(fresh.meetings[0]!.id, id, 'a new demo org, with new meetings');
  const again = await state(fresh.meetings[0]!.id);
  assert.deepEqual(again.meeting?.messages.map((m) => m.text), ['Agenda: delivery dates, then the new price list.']);
  assert.deepEqual(again.meeting?.transcripts, []);
  const falcon = world().emu.room(world().demo.rooms.falcon);
  assert.equal(world().emu.classifications().find((c) => c.id === falcon.classificationId)?.title, 'Highly Confidential');
});
