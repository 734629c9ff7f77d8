import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS, startEmulator, STANDARD_TOKENS } from '../../../src/emulator/index.js';
import { createRecordingsPoller } from '../../../src/pollers/recordings-poller.js';
import { RECORDINGS_SINCE_KEY } from '../../../src/pollers/recordings-since.js';
import type { InboxItem } from '../../../src/inbox/types.js';
import { openStore } from '../../../src/store/open-store.js';
import { createMetaRepo } from '../../../src/store/meta-repo.js';
import { createInboxRepo } from '../../../src/store/inbox-repo.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { clientOn } from '../webex/setup.js';
import { pollerWorld } from './poller-world.js';

const { alice, bob, eve } = STANDARD_EMAILS;
const DAY = 86_400_000;
/** Recorded a minute ago: a poll's window ends at its own now. */
const recorded = () => new Date(Date.now() - 60_000).toISOString();

function pollerIn(world: Awaited<ReturnType<typeof pollerWorld>>, inbox: { put(item: InboxItem): boolean } = world.inbox) {
  return createRecordingsPoller({ api: world.api, meta: world.meta, inbox, logger: world.logs.logger, intervalSeconds: 3600, hostEmail: 'all' });
}

const details = (world: Awaited<ReturnType<typeof pollerWorld>>) => world.emu.callsTo('GET', '/recordingReport/accessDetail', 'officer');

test('a change of counts is one inbox item; no change reads no detail and stores nothing; a new change is a new item', async () => {
  const world = await pollerWorld();
  try {
    const rec = world.emu.addRecording({ topic: 'Q3 review', hostEmail: alice, timeRecorded: recorded() });
    const quiet = world.emu.addRecording({ topic: 'Nobody watched', hostEmail: bob, timeRecorded: recorded() });
    world.emu.recordAccess(rec.id, { email: eve, downloaded: true });
    const poller = pollerIn(world);

    assert.deepEqual(await poller.pollOnce(), { seen: 2, changed: 1, stored: 1, complete: true });
    assert.deepEqual(details(world).map((c) => c.query.recordingId), [rec.id], 'no detail for a recording nobody accessed');
    assert.equal(world.emu.callsTo('GET', '/recordingReport/accessSummary', 'officer')[0]?.query.hostEmail, 'all');
    assert.equal(details(world)[0]?.query.hostEmail, alice, 'the detail is read on behalf of the recording\'s own host');
    const [row] = world.inbox.claimDue(10, Date.now());
    assert.equal(row?.source, 'recordings');
    assert.equal(row?.dedupeKey, `recordings:accessed:${rec.id}:1:1`);
    const data = (row?.payload as { data: { id: string; accesses: Array<{ email: string; downloaded: boolean }> } }).data;
    assert.equal(data.id, rec.id);
    assert.deepEqual(data.accesses.map((a) => [a.email, a.downloaded]), [[eve, true]]);

    assert.deepEqual(await poller.pollOnce(), { seen: 2, changed: 0, stored: 0, complete: true });
    assert.equal(details(world).length, 1);

    world.emu.recordAccess(rec.id, { email: bob, viewed: true });
    assert.equal((await poller.pollOnce()).stored, 1);
    assert.equal(world.rows(), 2);
    assert.ok(!details(world).some((c) => c.query.recordingId === quiet.id));
  } finally {
    await world.close();
  }
});

test('the counts are durable: a new poller on the same store does not take old accesses for new ones', async () => {
  const world = await pollerWorld();
  try {
    const rec = world.emu.addRecording({ topic: 'Board', hostEmail: alice, timeRecorded: recorded() });
    world.emu.recordAccess(rec.id, { email: eve, viewed: true });
    await pollerIn(world).pollOnce();
    const again = await pollerIn(world).pollOnce();
    assert.equal(again.changed, 0);
    assert.equal(world.rows(), 1);
  } finally {
    await world.close();
  }
});

test('counts move only after the item is stored: a failed store is read again at the next poll', async () => {
  const world = await pollerWorld();
  try {
    const rec = world.emu.addRecording({ topic: 'Board', hostEmail: alice, timeRecorded: recorded() });
    world.emu.recordAccess(rec.id, { email: eve, viewed: true });
    const failing = pollerIn(world, { put: (): boolean => { throw new Error('disk full'); } });
    await assert.rejects(failing.pollOnce(), /disk full/);
    assert.match(failing.status().lastError ?? '', /disk full/);
    const retried = await pollerIn(world).pollOnce();
    assert.equal(retried.stored, 1);
  } finally {
    await world.close();
  }
});

test('a long watch is read in windows of at most 90 days, never more than 365 days back, every Link page followed', async () => {
  const emu = await startEmulator({ port: 0, maxPageSize: 2 });
  const store = openStore(':memory:');
  try {
    const meta = createMetaRepo(store);
    const inbox = createInboxRepo(store);
    meta.set(RECORDINGS_SINCE_KEY, new Date(Date.now() - 400 * DAY).toISOString());
    const recordings = [5, 6, 7, 8, 9, 150, 300].map((days) =>
      emu.addRecording({ topic: `Recorded ${days} days ago`, hostEmail: alice, timeRecorded: new Date(Date.now() - days * DAY).toISOString() }),
    );
    for (const r of recordings) emu.recordAccess(r.id, { email: eve, viewed: true });
    const { api } = clientOn(emu.url, STANDARD_TOKENS.officer);
    const poller = createRecordingsPoller({ api, meta, inbox, logger: captureLogs().logger, intervalSeconds: 3600, hostEmail: 'all' });

    const result = await poller.pollOnce();
    // Two to a page: without following Link, the five recent ones would be seen as two.
    assert.equal(result.seen, recordings.length);
    assert.equal(result.stored, recordings.length);
    const summaries = emu.callsTo('GET', '/recordingReport/accessSummary', 'officer');
    assert.ok(summaries.every((c) => c.status === 200 && Number(c.query.max) <= 100));
    assert.ok(summaries.every((c) => Date.parse(c.query.to!) - Date.parse(c.query.from!) <= 90 * DAY));
    assert.ok(summaries.every((c) => Date.parse(c.query.from!) >= Date.now() - 365 * DAY));
    assert.equal(new Set(summaries.map((c) => c.query.from)).size, 5, '365 days in five windows');
  } finally {
    store.close();
    await emu.close();
  }
});

test('a recording deleted before its detail is read is skipped, and its counts are kept', async () => {
  const world = await pollerWorld();
  try {
    const rec = world.emu.addRecording({ topic: 'Gone soon', hostEmail: alice, timeRecorded: recorded() });
    world.emu.recordAccess(rec.id, { email: eve, viewed: true });
    world.emu.fault({ method: 'GET', path: '/recordingReport/accessDetail', status: 404 });
    const poller = pollerIn(world);
    assert.deepEqual(await poller.pollOnce(), { seen: 1, changed: 1, stored: 0, complete: true });
    assert.equal((await poller.pollOnce()).changed, 0);
  } finally {
    await world.close();
  }
});
