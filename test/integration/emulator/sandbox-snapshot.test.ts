import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../../src/emulator/index.js';

// The control routes the sandbox keeps its world with (src/emulator/routes/sandbox-*.ts).

const control = async (origin: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${origin}/_emulator${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
};

type Emu = Awaited<ReturnType<typeof startEmulator>>;

/** An emulator with the standard world (`a`) and an empty one to load its snapshot into (`b`). */
async function fromOneToAnother(run: (a: Emu, b: Emu) => Promise<void>): Promise<void> {
  const a = await startEmulator();
  const b = await startEmulator({ standardWorld: false });
  try {
    await run(a, b);
  } finally {
    await a.close();
    await b.close();
  }
}

test('a snapshot taken from one emulator and loaded into a new one gives the same world, tokens, events and files', () =>
  fromOneToAnother(async (a, b) => {
    const room = a.addRoom({ title: 'Deals', creator: 'alice@acme.example', members: ['eve@partner.example'] });
    const file = await control(a.origin, 'POST', '/files', { name: 'plan.txt', contentType: 'text/plain', base64: Buffer.from('the plan').toString('base64') });
    assert.equal(file.status, 200);
    assert.match(file.body!.url, new RegExp(`^${a.origin}/v1/contents/`));
    a.postMessage('alice@acme.example', { roomId: room.id, text: 'see the plan', files: [file.body!.url] });
    const snap = await control(a.origin, 'GET', '/snapshot');

    assert.equal((await control(b.origin, 'PUT', '/snapshot', snap.body)).status, 204);
    assert.deepEqual(b.messagesIn(room.id), a.messagesIn(room.id));
    assert.deepEqual(b.memberships(room.id), a.memberships(room.id));
    assert.deepEqual(b.events(), a.events());
    assert.equal(b.mainOrg.id, a.mainOrg.id);
    // The seeded tokens still work, with the same identity, against the new emulator's API.
    const res = await fetch(`${b.url}/messages?roomId=${encodeURIComponent(room.id)}`, { headers: { authorization: 'Bearer officer-token' } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { items: unknown[] }).items.length, 1);
    assert.equal(b.callsTo('GET', '/messages', 'officer').length, 1);
    const kept = await control(b.origin, 'GET', `/files/${file.body!.id}`);
    assert.equal(Buffer.from(kept.body!.base64, 'base64').toString(), 'the plan');
    const world = await control(b.origin, 'GET', '/world');
    assert.deepEqual(world.body!.files, [{ id: file.body!.id, name: 'plan.txt' }]);
    // A world is loaded only into an empty emulator.
    assert.equal((await control(a.origin, 'PUT', '/snapshot', snap.body)).status, 409);
  }));

test('files: bytes required, bounded in size', async () => {
  const emu = await startEmulator();
  try {
    assert.equal((await control(emu.origin, 'POST', '/files', { name: 'x' })).status, 400);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    assert.equal((await control(emu.origin, 'POST', '/files', { name: 'x', base64: big })).status, 413);
    assert.equal((await control(emu.origin, 'GET', '/files/unknown')).status, 404);
  } finally {
    await emu.close();
  }
});

test('a snapshot keeps the classifications a space points at, and the meetings with their chat and transcripts', () =>
  fromOneToAnother(async (a, b) => {
    const secret = a.classifications().find((c) => c.rank === 3)!;
    const room = a.addRoom({ title: 'Deals', creator: 'alice@acme.example', classificationId: secret.id });
    const meeting = a.addMeeting({ title: 'Board prep', hostEmail: 'bob@acme.example' });
    const chat = a.postMeetingMessage('alice@acme.example', meeting.id, 'see you there');
    const t = a.addTranscript(meeting.id, [{ speaker: 'Bob', offsetSeconds: 3, text: 'hello' }]);
    const snap = await control(a.origin, 'GET', '/snapshot');
    assert.equal((await control(b.origin, 'PUT', '/snapshot', snap.body)).status, 204);

    assert.equal(b.room(room.id).classificationId, secret.id);
    assert.deepEqual(b.classifications(), a.classifications());
    const res = await fetch(`${b.url}/classifications`, { headers: { authorization: 'Bearer officer-token' } });
    assert.equal(((await res.json()) as { items: Array<{ id: string }> }).items.some((c) => c.id === secret.id), true);
    assert.deepEqual(b.meetingMessage(chat.id), a.meetingMessage(chat.id));
    assert.deepEqual(b.transcript(t.id), a.transcript(t.id));
    const meetings = await control(b.origin, 'GET', '/meetings');
    assert.deepEqual(meetings.body!.items.map((m: { id: string; messages: unknown[]; transcripts: unknown[] }) => [m.id, m.messages.length, m.transcripts.length]), [[meeting.id, 1, 1]]);
    // The officer still deletes the chat message in the new emulator.
    const del = await fetch(`${b.url}/meeting/messages/${chat.id}`, { method: 'DELETE', headers: { authorization: 'Bearer officer-token' } });
    assert.equal(del.status, 204);
  }));

test('a snapshot saved before classifications were kept still gives the org its classifications', () =>
  fromOneToAnother(async (a, b) => {
    const snap = (await control(a.origin, 'GET', '/snapshot')).body!;
    for (const key of ['classifications', 'meetings', 'meetingMessages', 'transcripts']) delete snap[key];
    assert.equal((await control(b.origin, 'PUT', '/snapshot', snap)).status, 204);
    const res = await fetch(`${b.url}/classifications`, { headers: { authorization: 'Bearer officer-token' } });
    assert.equal(res.status, 200);
    const items = ((await res.json()) as { items: Array<{ orgId?: string; title: string }> }).items;
    assert.deepEqual(items.map((c) => c.title), ['Public', 'Internal', 'Confidential', 'Highly Confidential', 'Restricted']);
  }));

test('meeting control routes: chat as a person, a transcript from the txt layout, refusals as Webex answers them', async () => {
  const emu = await startEmulator();
  try {
    const meeting = emu.addMeeting({ title: 'Planning', hostEmail: 'bob@acme.example' });
    const sent = await control(emu.origin, 'POST', '/meeting-messages', { as: 'alice@acme.example', meetingId: meeting.id, text: 'hi all' });
    assert.equal(sent.status, 200);
    assert.equal(emu.meetingMessage(sent.body!.id)?.personEmail, 'alice@acme.example');
    assert.ok(emu.events().some((e) => e.resource === 'meetingMessages' && e.type === 'created' && e.data.id === sent.body!.id));
    // A passage without a `Speaker hh:mm:ss` line is the host's, at the offset before it.
    const added = await control(emu.origin, 'POST', '/transcripts', { meetingId: meeting.id, text: 'Opening words.\r\n\r\nAlice Archer 01:02:03\r\nfirst line\r\nsecond line\n\n\nAnd more.' });
    assert.equal(added.status, 200);
    assert.equal(added.body!.cueCount, 3);
    assert.deepEqual(emu.transcript(added.body!.id)?.cues, [
      { speaker: 'Bob Baker', offsetSeconds: 0, text: 'Opening words.' },
      { speaker: 'Alice Archer', offsetSeconds: 3723, text: 'first line second line' },
      { speaker: 'Bob Baker', offsetSeconds: 3723, text: 'And more.' },
    ]);
    assert.ok(emu.events().some((e) => e.resource === 'meetingTranscripts' && e.type === 'created' && e.data.id === added.body!.id));
    assert.equal((await control(emu.origin, 'POST', '/meeting-messages', { meetingId: meeting.id, text: 'hi' })).status, 400);
    assert.equal((await control(emu.origin, 'POST', '/meeting-messages', { as: 'alice@acme.example', meetingId: meeting.id, text: ' ' })).status, 400);
    assert.equal((await control(emu.origin, 'POST', '/meeting-messages', { as: 'alice@acme.example', meetingId: 'nope', text: 'hi' })).status, 404);
    assert.equal((await control(emu.origin, 'POST', '/meeting-messages', { as: 'alice@acme.example', meetingId: meeting.id, text: 'x'.repeat(7_001) })).status, 413);
    assert.equal((await control(emu.origin, 'POST', '/transcripts', { meetingId: meeting.id, text: 'x'.repeat(200_001) })).status, 413);
    assert.equal((await control(emu.origin, 'POST', '/transcripts', { meetingId: 'nope', text: 'hi' })).status, 404);
  } finally {
    await emu.close();
  }
});
