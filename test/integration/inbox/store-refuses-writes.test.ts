import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createInboxWorker, type WorkOutcome } from '../../../src/inbox/worker.js';
import { createInboxRepo } from '../../../src/store/inbox-repo.js';
import { createMetaRepo } from '../../../src/store/meta-repo.js';
import { openStore } from '../../../src/store/open-store.js';
import { capStoreGrowth } from '../../../src/store/size-cap.js';
import { captureLogger } from '../../unit/inbox/capture-logger.js';
import { waitFor } from '../../helpers/wait-for.js';

function fileStore(t: { after(fn: () => unknown): void }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-refuse-'));
  const store = openStore(dir);
  t.after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return store;
}

const event = (dataId: string) => ({ source: 'events' as const, resource: 'messages', event: 'created', dataId, payload: { data: { id: dataId } } });

test('a handler that meets a full disk leaves its event pending, and it is handled once there is room', async (t) => {
  const store = fileStore(t);
  const repo = createInboxRepo(store);
  const meta = createMetaRepo(store);
  repo.put(event('m1'));
  const lift = capStoreGrowth(store.file);
  const outcomes: WorkOutcome[] = [];
  const { logger } = captureLogger();
  const worker = createInboxWorker({
    repo,
    logger,
    pollMs: 10,
    backoff: { baseMs: 5, maxMs: 20 },
    // The handler's own write (an alert, an audit record) needs room the disk does not have.
    handle: async (row) => meta.set(`alert-for-${row.dataId}`, 'x'.repeat(20_000)),
    onSettled: (_row, outcome) => outcomes.push(outcome),
  });
  worker.start();
  t.after(() => worker.stop(1_000));
  await waitFor('an attempt that met the full disk', () => outcomes.length > 0);
  assert.equal(outcomes[0], 'retry', 'SQLITE_FULL is transient');
  assert.notEqual(repo.get('messages:created:m1')?.status, 'failed');
  lift();
  await waitFor('the event handled once there is room', () => repo.get('messages:created:m1')?.status === 'done');
  assert.equal(meta.get('alert-for-m1')?.length, 20_000);
  assert.ok(!outcomes.includes('failed'));
});

test('a row whose outcome could not be stored (the database locked) is requeued without a restart', async (t) => {
  const store = fileStore(t);
  store.db.pragma('busy_timeout = 20');
  const repo = createInboxRepo(store);
  repo.put(event('m2'));
  const other = new Database(store.file);
  t.after(() => other.close());
  const handled: number[] = [];
  const { logger, lines } = captureLogger();
  const worker = createInboxWorker({
    repo,
    logger,
    pollMs: 10,
    handle: async (row) => {
      handled.push(row.id);
      // Another process takes the write lock while the event is worked on: storing "done" fails (SQLITE_BUSY).
      if (handled.length === 1) other.exec('BEGIN IMMEDIATE');
    },
  });
  worker.start();
  t.after(() => worker.stop(1_000));
  await waitFor('the first attempt', () => handled.length === 1);
  await waitFor('storing "done" refused', () => lines.some((l) => /could not claim inbox rows/.test(l.message) && /locked|busy/i.test(String(l.reason))));
  assert.equal(other.prepare<[], { status: string }>(`SELECT status FROM inbox WHERE dedupe_key = 'messages:created:m2'`).get()?.status, 'processing', 'its outcome could not be stored');
  other.exec('COMMIT');
  await waitFor('the event handled again and stored done, without a restart', () => repo.get('messages:created:m2')?.status === 'done');
  assert.equal(handled.length, 2, 'handled again once (every handler allows a repeat)');
});
