import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import type { InboxItem, InboxRow, WorkContext } from '../../../src/inbox/types.js';
import { createInboxWorker, type InboxWorker, type InboxWorkerOptions, type WorkOutcome } from '../../../src/inbox/worker.js';
import { createInboxRepo, type InboxRepo } from '../../../src/store/inbox-repo.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { captureLogger } from './capture-logger.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function item(dataId: string): InboxItem {
  return { source: 'events', resource: 'messages', event: 'created', dataId, payload: { data: { id: dataId } } };
}

function openRepo(dir = ':memory:'): { store: Store; repo: InboxRepo } {
  const store = openStore(dir);
  cleanups.push(() => store.close());
  return { store, repo: createInboxRepo(store) };
}

/** Starts a worker and lets the test wait for its n-th settled row. */
function startWorker(options: Omit<InboxWorkerOptions, 'logger' | 'onSettled'>) {
  const { logger, lines } = captureLogger();
  const settled: Array<{ key: string; outcome: WorkOutcome }> = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const worker: InboxWorker = createInboxWorker({
    ...options,
    logger,
    onSettled: (row, outcome) => {
      settled.push({ key: row.dedupeKey, outcome });
      for (const w of waiters.filter((w) => settled.length >= w.n)) w.resolve();
    },
  });
  cleanups.push(() => worker.stop(0));
  worker.start();
  const until = (n: number) =>
    settled.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }));
  return { worker, settled, until, lines };
}

const transient = () => Object.assign(new Error('Webex answered 503'), { transient: true });

test('a transient failure is retried after a backoff, then completed', async () => {
  const { repo } = openRepo();
  repo.put(item('m1'));
  let clock = Date.now();
  const seen: WorkContext[] = [];
  const { worker, settled, until } = startWorker({
    repo, now: () => clock, random: () => 0, backoff: { baseMs: 1_000, maxMs: 1_000, maxAttempts: 3 },
    handle: async (_row, ctx) => {
      seen.push(ctx);
      if (ctx.attempt === 1) throw transient();
    },
  });
  await until(1);
  const waiting = repo.get('messages:created:m1');
  assert.equal(waiting?.status, 'pending');
  assert.equal(waiting?.nextAttemptAt, clock + 500, 'half the step with no jitter');
  assert.match(waiting?.lastError ?? '', /503/);
  clock += 500;
  worker.kick();
  await until(2);
  assert.deepEqual(settled.map((s) => s.outcome), ['retry', 'done']);
  assert.deepEqual(seen.map((c) => [c.eventId, c.attempt]), [['messages:created:m1', 1], ['messages:created:m1', 2]]);
  assert.equal(repo.get('messages:created:m1')?.status, 'done');
});

test('a permanent failure is marked failed at once, with a warning and no secret', async () => {
  const { repo } = openRepo();
  repo.put(item('m1'));
  let calls = 0;
  const { until, settled, lines } = startWorker({
    repo,
    handle: async () => {
      calls++;
      throw new Error('refused with Bearer sekret.token.value');
    },
  });
  await until(1);
  assert.equal(calls, 1);
  assert.deepEqual(settled.map((s) => s.outcome), ['failed']);
  const row = repo.get('messages:created:m1');
  assert.equal(row?.status, 'failed');
  assert.match(row?.lastError ?? '', /refused/);
  assert.doesNotMatch(row?.lastError ?? '', /sekret/);
  const warning = lines.find((l) => l.level === 'warn');
  assert.equal(warning?.eventId, 'messages:created:m1');
  assert.doesNotMatch(JSON.stringify(lines), /sekret/);
});

test('a failure that stays transient is never given up: it stays in the inbox, retried at most every maxMs', async () => {
  const { repo } = openRepo();
  repo.put(item('m1'));
  const { until, settled, lines } = startWorker({
    repo, backoff: { baseMs: 0, maxMs: 0, maxAttempts: 3 },
    handle: async () => {
      throw transient();
    },
  });
  await until(5);
  assert.deepEqual(settled.slice(0, 5).map((s) => s.outcome), ['retry', 'retry', 'retry', 'retry', 'retry']);
  assert.notEqual(repo.get('messages:created:m1')?.status, 'failed');
  assert.ok((repo.get('messages:created:m1')?.attempts ?? 0) >= 5, 'retries are not mistaken for crashes');
  assert.ok(lines.some((l) => l.level === 'warn' && /still failing/.test(String(l.message))), 'a long failure is a warning');
});

test("rows a crash left 'processing' are replayed at start", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-inbox-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const before = openStore(dir);
  const crashed = createInboxRepo(before);
  crashed.put(item('m1'));
  assert.equal(crashed.claimDue(1, Date.now()).length, 1);
  before.close(); // the process dies here, mid-work

  const { repo } = openRepo(dir);
  const handled: string[] = [];
  const { until } = startWorker({ repo, handle: async (row) => void handled.push(row.dedupeKey) });
  await until(1);
  assert.deepEqual(handled, ['messages:created:m1']);
  assert.equal(repo.get('messages:created:m1')?.status, 'done');
});

test('a row that keeps dying mid-work is failed instead of replayed forever', async () => {
  const { repo } = openRepo();
  repo.put(item('m1'));
  for (let i = 0; i < 2; i++) {
    repo.claimDue(1, Date.now());
    repo.requeueProcessing();
  }
  let calls = 0;
  const { until } = startWorker({ repo, backoff: { maxAttempts: 2 }, handle: async () => void calls++ });
  await until(1);
  assert.equal(calls, 0);
  assert.equal(repo.get('messages:created:m1')?.status, 'failed');
  assert.match(repo.get('messages:created:m1')?.lastError ?? '', /interrupted/);
});

test('stop() leaves rows still in hand pending, and ignores their late results', async () => {
  const { repo } = openRepo();
  repo.put(item('a'));
  repo.put(item('b'));
  let started = 0;
  let allStarted!: () => void;
  const both = new Promise<void>((resolve) => (allStarted = resolve));
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => (finish = resolve));
  const { worker, lines, settled } = startWorker({
    repo,
    handle: async () => {
      if (++started === 2) allStarted();
      await gate;
    },
  });
  await both;
  await worker.stop(10);
  for (const key of ['messages:created:a', 'messages:created:b']) {
    assert.equal(repo.get(key)?.status, 'pending');
    assert.equal(repo.get(key)?.attempts, 0);
  }
  assert.ok(lines.some((l) => l.level === 'warn' && l.count === 2));
  finish();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(settled.length, 0);
  assert.equal(repo.get('messages:created:a')?.status, 'pending');
});

test('stop() waits for work that finishes within the grace period', async () => {
  const { repo } = openRepo();
  repo.put(item('a'));
  let finish!: () => void;
  let begun!: () => void;
  const started = new Promise<void>((resolve) => (begun = resolve));
  const { worker } = startWorker({
    repo,
    handle: () => {
      begun();
      return new Promise<void>((resolve) => (finish = resolve));
    },
  });
  await started;
  const stopping = worker.stop(60_000);
  finish();
  await stopping;
  assert.equal(repo.get('messages:created:a')?.status, 'done');
});

test('kick() wakes an idle worker and no more than `concurrency` rows are worked at once', async () => {
  const { repo } = openRepo();
  let active = 0;
  let peak = 0;
  const { worker, until } = startWorker({
    repo, concurrency: 2, pollMs: 3_600_000,
    handle: async () => {
      peak = Math.max(peak, ++active);
      await new Promise((resolve) => setImmediate(resolve));
      active--;
    },
  });
  await new Promise((resolve) => setImmediate(resolve));
  for (const id of ['a', 'b', 'c', 'd', 'e']) repo.put(item(id));
  worker.kick();
  await until(5);
  assert.equal(peak, 2);
  assert.equal(repo.depth(), 0);
});

test("each row's context carries a logger bound to its event id", async () => {
  const { repo } = openRepo();
  repo.put(item('m1'));
  const { until, lines } = startWorker({ repo, handle: async (_row: InboxRow, ctx) => void ctx.logger.info('looked at it') });
  await until(1);
  const line = lines.find((l) => l.message === 'looked at it');
  assert.equal(line?.eventId, 'messages:created:m1');
  assert.equal(line?.attempt, 1);
});
