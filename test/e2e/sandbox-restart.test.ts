import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, spawnMain } from '../helpers/run-main.js';
import { waitFor } from '../helpers/wait-for.js';

// SPEC §6: the sandbox survives a restart: the emulated world and Warden's sandbox database
// come back together, so a card posted before the restart can still be acted on after it.

interface State {
  rooms: Array<{ id: string; title: string }>;
  room?: { messages: Array<{ id: string; author: string; text?: string; card?: unknown; deleted: boolean; replies: Array<{ text?: string }> }> };
}

async function start(dataDir: string) {
  const child = spawnMain(cleanEnv({ PORT: '0', DATA_DIR: dataDir }));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, url, stop: async () => (child.kill('SIGTERM'), exited) };
}

async function state(url: string, as: string, title?: string): Promise<State> {
  const first = (await (await fetch(`${url}api/console/state?as=${as}`)).json()) as State;
  const room = first.rooms.find((r) => r.title === title);
  if (!room) return first;
  return (await (await fetch(`${url}api/console/state?as=${as}&room=${encodeURIComponent(room.id)}`)).json()) as State;
}

async function post(url: string, route: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}api/console/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(res.status, 200, await res.text());
}

/** The data of the card's submit button with that verb (inside its ShowCard), as Webex would send it. */
function submitData(card: unknown, verb: string): Record<string, unknown> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'Action.Submit' && (o.data as Record<string, unknown> | undefined)?.verb === verb) found.push(o.data as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  assert.ok(found[0], `no ${verb} button`);
  return found[0];
}

test('a restart keeps the emulated world and Warden’s sandbox database together', { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-data-'));
  const first = await start(dataDir);
  let card: unknown;
  try {
    const sales = (await state(first.url, 'alice@acme.example')).rooms.find((r) => r.title === 'Sales Team')!;
    await post(first.url, 'send', { as: 'alice@acme.example', roomId: sales.id, text: 'card 4111 1111 1111 1111' });
    await waitFor('the alert card', async () => {
      card = (await state(first.url, 'olga@acme.example', 'Compliance Alerts')).room?.messages.find((m) => m.card)?.card;
      return card !== undefined;
    }, 20_000);
    // The world is saved every 2 s when it changed, and once more at stop.
  } finally {
    assert.equal(await first.stop(), 0);
  }

  const second = await start(dataDir);
  try {
    const alerts = await state(second.url, 'olga@acme.example', 'Compliance Alerts');
    const kept = alerts.room?.messages.find((m) => m.card);
    assert.deepEqual(kept?.card, card, 'the card is still in Compliance Alerts');
    await post(second.url, 'press', { as: 'olga@acme.example', messageId: kept!.id, inputs: submitData(kept!.card, 'delete-message') });
    await waitFor('the message deleted by Warden after the restart', async () => {
      const sales = await state(second.url, 'alice@acme.example', 'Sales Team');
      return sales.room?.messages.some((m) => m.deleted) === true;
    }, 20_000);
    const answered = await state(second.url, 'olga@acme.example', 'Compliance Alerts');
    const replies = answered.room?.messages.find((m) => m.id === kept!.id)?.replies ?? [];
    assert.ok(replies.some((r) => /deleted/.test(r.text ?? '')), JSON.stringify(replies));
  } finally {
    assert.equal(await second.stop(), 0);
  }
});

interface Meetings {
  meetings: Array<{ id: string; title: string }>;
  meeting?: { messages: Array<{ id: string; text?: string; deleted: boolean }>; transcripts: Array<{ id: string; name: string; state: string }> };
}
const meetings = async (url: string, id?: string): Promise<Meetings> =>
  (await (await fetch(`${url}api/console/state?as=alice@acme.example${id ? `&meeting=${encodeURIComponent(id)}` : ''}`)).json()) as Meetings;

test('a restart keeps the meetings, their chat and transcripts, and the classified space', { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-data-'));
  const first = await start(dataDir);
  let before: Meetings | undefined;
  let card: { id: string; card?: unknown } | undefined;
  try {
    const supplier = (await meetings(first.url)).meetings.find((m) => m.title === 'Supplier sync')!;
    await post(first.url, 'meetings/messages', { as: 'alice@acme.example', meetingId: supplier.id, text: 'deposit card 4111 1111 1111 1111' });
    await post(first.url, 'meetings/transcripts', { meetingId: supplier.id, text: 'Bob Baker 00:00:01\nThanks all.' });
    await waitFor('the meeting chat alert card', async () => {
      card = (await state(first.url, 'olga@acme.example', 'Compliance Alerts')).room?.messages.find((m) => m.card && JSON.stringify(m.card).includes('Supplier sync'));
      return card !== undefined;
    }, 20_000);
    before = await meetings(first.url, supplier.id);
  } finally {
    assert.equal(await first.stop(), 0);
  }

  const second = await start(dataDir);
  try {
    const supplier = (await meetings(second.url)).meetings.find((m) => m.title === 'Supplier sync')!;
    const after = await meetings(second.url, supplier.id);
    assert.deepEqual(after.meeting, before!.meeting, 'the chat and the transcript are still there');
    assert.equal(after.meeting?.transcripts.length, 1);
    // The card made before the restart still deletes the chat message it is about.
    await post(second.url, 'press', { as: 'olga@acme.example', messageId: card!.id, inputs: submitData(card!.card, 'delete-meeting-message') });
    await waitFor('the chat message deleted after the restart', async () => (await meetings(second.url, supplier.id)).meeting?.messages.some((m) => m.deleted), 20_000);
    // The classified space keeps its classification, which Warden reads back from GET /classifications.
    const falcon = (await state(second.url, 'alice@acme.example')).rooms.find((r) => r.title === 'Project Falcon')!;
    await post(second.url, 'send', { as: 'alice@acme.example', roomId: falcon.id, text: 'escrow card 5555 5555 5555 4444' });
    await waitFor('the classified space’s alert card', async () =>
      (await state(second.url, 'olga@acme.example', 'Compliance Alerts')).room?.messages.some((m) => /Highly Confidential/.test(JSON.stringify(m.card ?? ''))), 20_000);
  } finally {
    assert.equal(await second.stop(), 0);
  }
});
