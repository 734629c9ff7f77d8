import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventsPoller, EVENT_RESOURCES, type EventsPollerOptions } from '../../../src/pollers/events-poller.js';
import { EVENTS_CURSOR_KEY } from '../../../src/pollers/events-cursor.js';
import { EVENTS_RETENTION_MS } from '../../../src/pollers/events-window.js';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { waitFor } from '../../helpers/wait-for.js';
import { pastEvents, pollerWorld, type PollerWorld } from './poller-world.js';
import { dedupeKey } from '../../../src/inbox/dedupe-key.js';

const MINUTE = 60_000;

function poller(w: PollerWorld, extra: Partial<EventsPollerOptions> = {}) {
  return createEventsPoller({ api: w.api, meta: w.meta, inbox: w.inbox, logger: w.logs.logger, intervalSeconds: 3600, backfillMinutes: 10, ...extra });
}

const eventCalls = (w: PollerWorld) => w.emu.callsTo('GET', '/events', 'officer');

test('every event of a window spread over several pages is stored once', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.emu.addEvents([...pastEvents('messages', 12, nowMs, alice), ...pastEvents('memberships', 7, nowMs, alice)]);

  const p = poller(w, { pageSize: 5, now: () => nowMs });
  const result = await p.pollOnce();

  assert.deepEqual(result, { seen: 19, stored: 19 });
  assert.equal(p.status().lagSeconds, 0);
  assert.equal(p.status().lastEventAt, pastEvents('messages', 1, nowMs, alice)[0]?.created);
  assert.equal(w.rows(), 19);
  for (const ev of pastEvents('messages', 12, nowMs, alice)) {
    const row = w.inbox.get(`messages:created:${ev.data.id}`);
    assert.equal(row?.source, 'events');
    assert.deepEqual((row?.payload as { id: string }).id, ev.id);
  }
  const calls = eventCalls(w);
  // 12 messages in pages of 5 (3 pages), 7 memberships (2 pages), each page followed by its Link;
  // one empty page each of meeting chat, transcripts and rooms.
  assert.deepEqual(calls.filter((c) => c.query['resource']).map((c) => c.query['resource']), ['rooms', 'messages', 'memberships', 'meetingMessages', 'meetingTranscripts']);
  assert.equal(calls.length, 8);
  assert.equal(calls.filter((c) => c.query['cursor'] !== undefined).length, 3, 'later pages come from the Link header');
  assert.equal(calls[1]?.query['max'], '5');
  assert.equal(calls[1]?.query['to'], new Date(nowMs).toISOString());
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), new Date(nowMs).toISOString());
});

test('a poll that fails on its second page leaves the cursor, and the next poll gets the rest', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.emu.addEvents(pastEvents('messages', 12, nowMs, alice));
  let armed = false;
  // The fault is armed while the first page is being stored, so the second page's GET meets it.
  const inbox = {
    put: (item: Parameters<typeof w.inbox.put>[0]) => {
      if (!armed) {
        armed = true;
        w.emu.fault({ method: 'GET', path: '/events', status: 503, times: 3 });
      }
      return w.inbox.put(item);
    },
  };
  const p = poller(w, { inbox, pageSize: 5, now: () => nowMs });

  await assert.rejects(p.pollOnce());
  const startCursor = new Date(nowMs - 10 * MINUTE).toISOString();
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), startCursor, 'the cursor has not moved past unstored events');
  assert.equal(w.rows(), 5, 'the first page is stored');
  assert.match(p.status().lastError ?? '', /503/);
  assert.equal(p.status().lagSeconds, 600, 'still ten minutes behind');

  const again = await p.pollOnce();
  assert.equal(again.stored, 7);
  assert.equal(w.rows(), 12);
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), new Date(nowMs).toISOString());
  assert.equal(p.status().lastError, undefined);
});

test('a failed scheduled poll is logged, shown in status and retried at the next interval', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.emu.addEvents(pastEvents('messages', 3, Date.now(), alice));
  w.emu.fault({ method: 'GET', path: '/events', status: 503, times: 3 });
  const p = poller(w, { intervalSeconds: 0.05 });
  t.after(() => p.stop());

  p.start();
  await waitFor('the failure in status', () => p.status().lastError);
  assert.match(w.logs.text(), /events poll failed/);
  await waitFor('the retried poll to store the events', () => w.rows() === 3);
  await p.stop();
  assert.equal(p.status().lastError, undefined);
});

test('start catches up at once on what happened while the bot was down', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Deals', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  await new Promise((r) => setTimeout(r, 5)); // the first poll's `to` is after the room's events
  const first = poller(w);
  await first.pollOnce();
  await first.stop();
  const before = w.rows();

  // Down: messages are said and someone joins, with nobody polling.
  const said = [1, 2, 3].map((i) => w.emu.postMessage(STANDARD_EMAILS.bob, { roomId: room.id, text: `while down ${i}` }));
  const joined = w.emu.addMember(STANDARD_EMAILS.alice, room.id, STANDARD_EMAILS.eve);
  await new Promise((r) => setTimeout(r, 5)); // the next poll's `to` is after these events' `created`

  // A membership's key carries when it began (Webex reuses membership ids).
  const joinKey = dedupeKey({ source: 'events', resource: 'memberships', event: 'created', dataId: joined.id, payload: { data: joined } });
  const keys = [...said.map((m) => `messages:created:${m.id}`), joinKey];
  assert.ok(keys.every((k) => !w.inbox.get(k)));

  const second = poller(w); // a new process: only the stored cursor carries over
  t.after(() => second.stop());
  second.start();
  await waitFor('the catch-up poll', () => keys.every((k) => w.inbox.get(k)));
  assert.equal(w.rows(), before + 4);
});

test('a cursor older than the Events API retention starts at the retention limit, and says so', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.meta.set(EVENTS_CURSOR_KEY, new Date(nowMs - 200 * 24 * 60 * MINUTE).toISOString());
  w.emu.addEvents(pastEvents('messages', 4, nowMs - 80 * 24 * 60 * MINUTE, alice));

  const result = await poller(w, { now: () => nowMs }).pollOnce();

  assert.equal(result.stored, 4);
  assert.equal(eventCalls(w)[0]?.query['from'], new Date(nowMs - EVENTS_RETENTION_MS).toISOString());
  assert.match(w.logs.text(), /retention/);
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), new Date(nowMs).toISOString());
});

test('overlapping windows and simultaneous polls never duplicate inbox rows', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Ops', creator: STANDARD_EMAILS.alice });
  const p = poller(w, { backfillMinutes: 1 });
  for (let i = 0; i < 5; i++) w.emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: `m${i}` });
  await new Promise((r) => setTimeout(r, 5));

  const [a, b] = await Promise.all([p.pollOnce(), p.pollOnce()]);
  assert.deepEqual(a, b, 'the second caller joined the poll in progress');
  const rows = w.rows();
  assert.ok(rows >= 5);
  assert.equal(eventCalls(w).length, EVENT_RESOURCES.length, 'one GET /events per resource: the polls did not overlap');

  const again = await p.pollOnce(); // reads the last minute again (the overlap)
  assert.ok(again.seen >= 5, 'the overlap re-reads recent events');
  assert.equal(again.stored, 0);
  assert.equal(w.rows(), rows);
});

test('a 429 with Retry-After on /events delays the poll but loses nothing', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.emu.addEvents(pastEvents('messages', 9, nowMs, alice));
  w.emu.fault({ method: 'GET', path: '/events', status: 429, retryAfter: 1, times: 1 });

  const result = await poller(w, { pageSize: 4, now: () => nowMs }).pollOnce();

  assert.deepEqual(result, { seen: 9, stored: 9 });
  const statuses = eventCalls(w).map((c) => c.status);
  assert.equal(statuses[0], 429);
  assert.equal(statuses.filter((s) => s === 200).length, 3 + 1 + 3, 'three message pages, one memberships page, one each of meeting chat, transcripts and rooms');
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), new Date(nowMs).toISOString());
});

test('the first start reads back exactly the backfill window', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  const old = pastEvents('messages', 3, nowMs - 30 * MINUTE, alice, 1);
  const recent = pastEvents('messages', 3, nowMs, alice, 1);
  w.emu.addEvents([...old, ...recent]);

  const result = await poller(w, { backfillMinutes: 10, now: () => nowMs }).pollOnce();

  assert.equal(result.stored, 3);
  for (const ev of recent) assert.ok(w.inbox.get(`messages:created:${ev.data.id}`));
  for (const ev of old) assert.equal(w.inbox.get(`messages:created:${ev.data.id}`), undefined);
  assert.equal(eventCalls(w)[0]?.query['from'], new Date(nowMs - 10 * MINUTE).toISOString());
});

test('with no backfill the first start begins now and ignores the past', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.emu.addEvents(pastEvents('messages', 3, nowMs, alice, 1));
  let clock = nowMs;
  const p = poller(w, { backfillMinutes: 0, now: () => clock });

  assert.deepEqual(await p.pollOnce(), { seen: 0, stored: 0 });
  assert.equal(eventCalls(w).length, 0, 'an empty window is not asked for');
  clock = nowMs + 1000;
  await p.pollOnce();
  assert.equal(eventCalls(w)[0]?.query['from'], new Date(nowMs).toISOString(), 'no overlap reaches before the first start');
  assert.equal(w.rows(), 0);
});

test('stop waits for the poll in progress, which leaves the cursor when it could not finish', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  w.emu.addEvents(pastEvents('messages', 10, nowMs, alice));
  w.emu.fault({ method: 'GET', path: '/events', status: 0, delayMs: 100, times: 1 });
  const p = poller(w, { pageSize: 2, now: () => nowMs });
  let settled = false;
  const polling = p.pollOnce().finally(() => {
    settled = true;
  });

  await p.stop();

  assert.equal(settled, true);
  await polling;
  assert.ok(w.rows() < 10, 'the poll ended early rather than reading every page');
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), new Date(nowMs - 10 * MINUTE).toISOString());
});
