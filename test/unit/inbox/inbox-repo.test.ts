import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { isWardenError } from '../../../src/errors.js';
import type { InboxItem } from '../../../src/inbox/types.js';
import { createInboxRepo, type InboxRepo } from '../../../src/store/inbox-repo.js';
import { openStore, type Store } from '../../../src/store/open-store.js';

let store: Store;
let repo: InboxRepo;

beforeEach(() => {
  store = openStore(':memory:');
  repo = createInboxRepo(store);
});

function item(dataId: string, over: Partial<InboxItem> = {}): InboxItem {
  return { source: 'events', resource: 'messages', event: 'created', dataId, payload: { id: `ev-${dataId}`, data: { id: dataId } }, ...over };
}

test('put stores an item once under its dedupe key', () => {
  assert.equal(repo.put(item('m1'), 1_000), true);
  assert.equal(repo.put(item('m1', { source: 'org-webhook', payload: { other: true } }), 2_000), false);
  const row = repo.get('messages:created:m1');
  assert.equal(row?.source, 'events');
  assert.deepEqual(row?.payload, { id: 'ev-m1', data: { id: 'm1' } });
  assert.equal(row?.dataId, 'm1');
  assert.equal(row?.receivedAt, 1_000);
  assert.equal(row?.status, 'pending');
  assert.equal(repo.depth(), 1);
});

test("the bot's delivery of a message the poller stored is stored too", () => {
  repo.put(item('m1'));
  assert.equal(repo.put(item('m1', { source: 'bot-webhook' })), true);
  assert.equal(repo.get('bot:messages:created:m1')?.dataId, 'm1');
  assert.equal(repo.depth(), 2);
});

test('claimDue hands out due pending rows, oldest first, up to the limit, and marks them processing', () => {
  repo.put(item('a'), 100);
  repo.put(item('b'), 50);
  repo.put(item('c'), 200);
  repo.put(item('later'), 10_000);
  const claimed = repo.claimDue(2, 1_000);
  assert.deepEqual(claimed.map((r) => r.dataId), ['b', 'a']);
  assert.ok(claimed.every((r) => r.status === 'processing' && r.attempts === 1));
  assert.deepEqual(repo.claimDue(10, 1_000).map((r) => r.dataId), ['c']);
  assert.deepEqual(repo.claimDue(10, 1_000), []);
  assert.equal(repo.get('messages:created:later')?.status, 'pending');
});

test('complete, retryLater and fail record the outcome', () => {
  for (const id of ['ok', 'again', 'bad']) repo.put(item(id), 0);
  const [ok, again, bad] = repo.claimDue(3, 0);
  repo.complete(ok!.id, 5);
  repo.retryLater(again!.id, 9_000, 'WebexApiError: 503');
  repo.fail(bad!.id, 'Error: no such room', 6);
  assert.equal(repo.get('messages:created:ok')?.status, 'done');
  assert.equal(repo.get('messages:created:ok')?.doneAt, 5);
  const retried = repo.get('messages:created:again');
  assert.equal(retried?.status, 'pending');
  assert.equal(retried?.nextAttemptAt, 9_000);
  assert.equal(retried?.lastError, 'WebexApiError: 503');
  assert.deepEqual(repo.claimDue(5, 8_999), [], 'not due before its retry time');
  assert.equal(repo.claimDue(5, 9_000)[0]?.attempts, 2);
  assert.equal(repo.get('messages:created:bad')?.status, 'failed');
  assert.equal(repo.get('messages:created:bad')?.lastError, 'Error: no such room');
  assert.equal(repo.depth(), 1, 'only the retried row, now processing, is not yet done');
});

test('requeueProcessing puts rows a crash left processing back to pending', () => {
  repo.put(item('a'), 0);
  repo.put(item('b'), 0);
  repo.claimDue(1, 0);
  assert.equal(repo.requeueProcessing(), 1);
  assert.equal(repo.claimDue(5, 0).length, 2);
});

test('release returns a claimed row without counting the attempt', () => {
  repo.put(item('a'), 0);
  const [row] = repo.claimDue(1, 0);
  repo.release(row!.id);
  const back = repo.get('messages:created:a');
  assert.equal(back?.status, 'pending');
  assert.equal(back?.attempts, 0);
});

test('oldestPendingAgeMs measures the oldest row not yet done', () => {
  assert.equal(repo.oldestPendingAgeMs(5_000), 0);
  repo.put(item('old'), 1_000);
  repo.put(item('new'), 4_000);
  assert.equal(repo.oldestPendingAgeMs(5_000), 4_000);
  const [oldest] = repo.claimDue(1, 5_000);
  repo.complete(oldest!.id);
  assert.equal(repo.oldestPendingAgeMs(5_000), 1_000);
});

test('pruneDone forgets only done rows finished before the cut-off', () => {
  for (const id of ['a', 'b', 'c']) repo.put(item(id), 0);
  const [a, b] = repo.claimDue(2, 0);
  repo.complete(a!.id, 100);
  repo.complete(b!.id, 900);
  assert.equal(repo.pruneDone(500), 1);
  assert.equal(repo.get('messages:created:a'), undefined);
  assert.equal(repo.get('messages:created:b')?.status, 'done');
  assert.equal(repo.get('messages:created:c')?.status, 'pending');
});

test('a closed store answers with a coded error, not a crash', () => {
  store.close();
  assert.throws(() => repo.put(item('late')), (err) => isWardenError(err, 'STORE_CLOSED'));
});

test('putAll stores a batch in one go, telling new items from duplicates; putMany counts the new ones', () => {
  repo.put(item('old'));
  assert.deepEqual(repo.putAll([item('a'), item('old'), item('b'), item('a')], 7), [true, false, true, false]);
  assert.equal(repo.get('messages:created:b')?.receivedAt, 7);
  assert.equal(repo.putMany([item('b'), item('c'), item('d')]), 2);
  assert.equal(repo.depth(), 5);
  assert.deepEqual(repo.putAll([]), []);
});

test('a batch is one transaction: a failure inside it stores none of it', () => {
  const poisoned = { ...item('x'), get payload(): unknown { throw new Error('cannot serialise'); } } as InboxItem;
  assert.throws(() => repo.putAll([item('first'), poisoned]));
  assert.equal(repo.get('messages:created:first'), undefined);
});

test('completeMany marks every given row done', () => {
  for (const id of ['a', 'b', 'c']) repo.put(item(id), 0);
  const [a, b] = repo.claimDue(2, 0);
  repo.completeMany([a!.id, b!.id], 9);
  assert.equal(repo.get('messages:created:a')?.doneAt, 9);
  assert.equal(repo.get('messages:created:b')?.status, 'done');
  assert.equal(repo.get('messages:created:c')?.status, 'pending');
});

test('a handled row keeps its key but not the message content', () => {
  const store = openStore(':memory:');
  const repo = createInboxRepo(store);
  const item = { source: 'events' as const, resource: 'messages', event: 'created', dataId: 'm9', payload: { id: 'e9', data: { id: 'm9', roomId: 'r1', text: 'card 4111 1111 1111 1111', markdown: '4111 1111 1111 1111', html: '<p>4111</p>' } } };
  repo.put(item);
  const [row] = repo.claimDue(1, Date.now());
  repo.complete(row!.id);
  const done = repo.get('messages:created:m9')!;
  assert.equal(done.status, 'done');
  assert.deepEqual(done.payload, { id: 'e9', data: { id: 'm9', roomId: 'r1' } });
  assert.equal(repo.put(item), false, 'a repeat is still recognised');
  store.close();
});

test('a failed row never shadows a later copy of its event: the copy is stored and worked on again', () => {
  repo.put(item('m9'), 1_000);
  const [claimed] = repo.claimDue(1, 1_000);
  repo.fail(claimed!.id, 'Error: gave up', 1_500);
  assert.equal(repo.get('messages:created:m9')?.status, 'failed');
  assert.equal(repo.putMany([item('m9', { source: 'org-webhook', payload: { id: 'ev-m9-again', data: { id: 'm9', text: 'again' } } })], 2_000), 1);
  const row = repo.get('messages:created:m9');
  assert.equal(row?.status, 'pending');
  assert.equal(row?.attempts, 0);
  assert.equal(row?.lastError, null);
  assert.deepEqual(row?.payload, { id: 'ev-m9-again', data: { id: 'm9', text: 'again' } });
  assert.equal(repo.claimDue(1, 2_000)[0]?.dedupeKey, 'messages:created:m9');
  // A done row still catches repeats.
  repo.complete(row!.id, 2_100);
  assert.equal(repo.put(item('m9'), 3_000), false);
});

test("the bot's deliveries (commands, presses) are claimed before an older compliance backlog", () => {
  for (let i = 0; i < 50; i++) repo.put(item(`backlog-${i}`), 100 + i);
  repo.put({ source: 'bot-webhook', resource: 'attachmentActions', event: 'created', dataId: 'press-1', payload: {} }, 5_000);
  const first = repo.claimDue(3, 6_000);
  assert.deepEqual(first.map((r) => r.dataId), ['press-1', 'backlog-0', 'backlog-1']);
});

test('retryNow makes rows waiting for a retry due at once (a restart after the admin fixed something)', () => {
  repo.put(item('w1'), 100);
  const [row] = repo.claimDue(1, 100);
  repo.retryLater(row!.id, 900_000, 'Error: refused');
  assert.equal(repo.claimDue(1, 200).length, 0);
  assert.equal(repo.retryNow(200), 1);
  assert.equal(repo.claimDue(1, 200)[0]?.dataId, 'w1');
});
