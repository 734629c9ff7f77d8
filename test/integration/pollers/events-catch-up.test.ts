import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventsPoller, type EventsPollerOptions } from '../../../src/pollers/events-poller.js';
import { EVENTS_CURSOR_KEY } from '../../../src/pollers/events-cursor.js';
import { MAX_SUB_WINDOW_MS } from '../../../src/pollers/events-window.js';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { pollerWorld, type PollerWorld } from './poller-world.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function poller(w: PollerWorld, extra: Partial<EventsPollerOptions> = {}) {
  return createEventsPoller({ api: w.api, meta: w.meta, inbox: w.inbox, logger: w.logs.logger, intervalSeconds: 3600, backfillMinutes: 10, ...extra });
}

const eventCalls = (w: PollerWorld) => w.emu.callsTo('GET', '/events', 'officer');

test("with this machine's clock 5 minutes ahead of Webex's, the window follows Webex's Date header and no event is skipped", async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  w.emu.setClockSkew(-5 * MINUTE);
  const room = w.emu.addRoom({ title: 'Skewed', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  const p = poller(w);
  await p.pollOnce();
  const cursor = Date.parse(w.meta.get(EVENTS_CURSOR_KEY)!);
  assert.ok(cursor <= Date.now() - 4 * MINUTE, 'the cursor is in Webex time, not ahead of it');

  // Said as the first poll ended: Webex stamped it (a few seconds ago by its clock) five minutes
  // before this machine's now. (A few seconds: the Date header counts whole seconds.)
  const bob = w.emu.person(STANDARD_EMAILS.bob).id;
  w.emu.addEvents([{ resource: 'messages', type: 'created', actorId: bob, created: new Date(Date.now() - 5 * MINUTE - 3_000).toISOString(),
    data: { id: 'said-after-first-poll', roomId: room.id, personId: bob, text: 'after the first poll' } }]);
  await p.pollOnce();
  assert.ok(w.inbox.get('messages:created:said-after-first-poll'), 'the message is read');
  const last = eventCalls(w).at(-1)!;
  assert.ok(Date.parse(last.query['to']!) <= Date.now() - 4 * MINUTE, "the window never ends in Webex's future");
});

test('a three-day catch-up is read in bounded stretches that each move the cursor, so a 5xx burst on day 3 does not start it over', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  const alice = w.emu.person(STANDARD_EMAILS.alice).id;
  const start = nowMs - 3 * DAY;
  w.meta.set(EVENTS_CURSOR_KEY, new Date(start).toISOString());
  // One message an hour for three days.
  const events = Array.from({ length: 72 }, (_, i) => ({
    resource: 'messages', type: 'created', actorId: alice, created: new Date(start + i * 60 * MINUTE + MINUTE).toISOString(),
    data: { id: `catch-up-${i}`, roomId: 'room-1', personId: alice, text: `hour ${i}` },
  }));
  w.emu.addEvents(events);
  // Day 3: Webex answers 503 (beyond the client's retries) once two days are stored.
  let armed = false;
  const inbox = {
    put: (item: Parameters<typeof w.inbox.put>[0]) => {
      const stored = w.inbox.put(item);
      if (!armed && (item.payload as { data: { id: string } }).data.id === 'catch-up-50') {
        armed = true;
        w.emu.fault({ method: 'GET', path: '/events', status: 503, times: 3 });
      }
      return stored;
    },
  };
  const p = poller(w, { inbox, now: () => nowMs });
  await assert.rejects(p.pollOnce(), /503/);
  const kept = Date.parse(w.meta.get(EVENTS_CURSOR_KEY)!);
  assert.ok(kept >= start + 2 * DAY - MINUTE, `the cursor kept the two days stored (at ${new Date(kept).toISOString()})`);
  const firstTry = eventCalls(w).filter((c) => c.query['from']);
  assert.ok(firstTry.every((c) => Date.parse(c.query['to']!) - Date.parse(c.query['from']!) <= MAX_SUB_WINDOW_MS + MINUTE), 'no stretch is longer than the bound (plus the overlap)');

  w.emu.resetCalls();
  await p.pollOnce();
  const resumed = eventCalls(w).filter((c) => c.query['from']);
  assert.ok(Date.parse(resumed[0]!.query['from']!) >= kept - MINUTE, 'the next poll resumes at the cursor, less the overlap, not at the start');
  for (const ev of events) assert.ok(w.inbox.get(`messages:created:${ev.data.id}`), ev.data.id);
  assert.equal(w.rows(), 72);
  assert.equal(w.meta.get(EVENTS_CURSOR_KEY), new Date(nowMs).toISOString());
});

test('the overlap is a setting: EVENTS_OVERLAP_SECONDS reaches back that far before the cursor', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const nowMs = Date.now();
  w.meta.set(EVENTS_CURSOR_KEY, new Date(nowMs - 10 * MINUTE).toISOString());
  await poller(w, { now: () => nowMs, overlapSeconds: 300 }).pollOnce();
  assert.equal(eventCalls(w)[0]?.query['from'], new Date(nowMs - 15 * MINUTE).toISOString());
});
