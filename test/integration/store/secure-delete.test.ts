import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createInboxWorker } from '../../../src/inbox/worker.js';
import { createInboxRepo } from '../../../src/store/inbox-repo.js';
import { openStore } from '../../../src/store/open-store.js';
import { captureLogger } from '../../unit/inbox/capture-logger.js';
import { waitFor } from '../../helpers/wait-for.js';

const CARD = '4111111111111111';
const CARD_SPACED = '4111 1111 1111 1111';

const holds = (file: string): boolean => {
  if (!existsSync(file)) return false;
  const bytes = readFileSync(file);
  return bytes.includes(CARD) || bytes.includes(CARD_SPACED);
};

test('a card number in a handled event is gone from warden.db, its WAL and a backup', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-secure-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = openStore(dir);
  t.after(() => store.close());
  const repo = createInboxRepo(store);
  // Events around it, so the stripped row shares its page with rows that stay.
  const filler = (i: number) => ({ source: 'events' as const, resource: 'messages', event: 'created', dataId: `f${i}`, payload: { data: { id: `f${i}`, text: `lunch at ${i}` } } });
  repo.putMany(Array.from({ length: 20 }, (_, i) => filler(i)));
  repo.put({ source: 'events', resource: 'messages', event: 'created', dataId: 'card', payload: { data: { id: 'card', text: `my card ${CARD_SPACED} exp 12/27`, markdown: `my card **${CARD}**` } } });
  assert.ok(holds(store.file) || holds(`${store.file}-wal`), 'the card number is on disk while the event waits');

  const { logger } = captureLogger();
  const handled: string[] = [];
  let checkpoints = 0;
  const worker = createInboxWorker({
    repo,
    logger,
    handle: async (row) => void handled.push(row.dataId),
    checkpoint: () => {
      checkpoints += 1;
      return store.checkpoint();
    },
    checkpointEveryMs: 0,
  });
  worker.start();
  await waitFor('every event handled and the log checkpointed', () => handled.length === 21 && repo.depth() === 0 && checkpoints > 0);
  await worker.stop(1_000);

  const backup = path.join(dir, 'backup.db');
  await store.db.backup(backup);
  assert.equal(repo.get('messages:created:card')?.status, 'done');
  assert.equal(holds(store.file), false, 'not in warden.db (free space of pages included)');
  assert.equal(holds(`${store.file}-wal`), false, 'not in the write-ahead log');
  assert.equal(holds(backup), false, 'not in a backup');
});
