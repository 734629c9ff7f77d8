import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../src/store/open-store.js';
import { groupCommit } from '../../../src/store/group-commit.js';

function countingStore() {
  const store = openStore(':memory:');
  store.db.exec('CREATE TABLE t (v TEXT UNIQUE)');
  let transactions = 0;
  const counted = {
    db: store.db,
    transaction<T>(fn: () => T): T {
      transactions += 1;
      return store.transaction(fn);
    },
  };
  const insert = store.db.prepare('INSERT INTO t VALUES (?)');
  const rows = (): string[] => store.db.prepare('SELECT v FROM t ORDER BY v').pluck().all() as string[];
  return { store, counted, insert, rows, transactions: () => transactions };
}

test('writes asked for in one turn share one transaction, and each caller resumes once it is committed', async () => {
  const s = countingStore();
  const commit = groupCommit(s.counted);
  const pending = ['a', 'b', 'c'].map((v) => commit(() => s.insert.run(v).changes));
  assert.deepEqual(s.rows(), [], 'nothing is written before the turn ends');
  assert.deepEqual(await Promise.all(pending), [1, 1, 1]);
  assert.deepEqual(s.rows(), ['a', 'b', 'c']);
  assert.equal(s.transactions(), 1);
  await commit(() => s.insert.run('d'));
  assert.equal(s.transactions(), 2, 'a later turn gets its own');
  s.store.close();
});

test('a failing write is refused alone; the others in its batch are committed', async () => {
  const s = countingStore();
  const commit = groupCommit(s.counted);
  s.insert.run('taken');
  const results = await Promise.allSettled([commit(() => s.insert.run('x')), commit(() => s.insert.run('taken')), commit(() => s.insert.run('y'))]);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.match(String((results[1] as PromiseRejectedResult).reason), /UNIQUE/);
  assert.deepEqual(s.rows(), ['taken', 'x', 'y']);
  s.store.close();
});

test('when the transaction itself cannot run, every caller of the batch is told', async () => {
  const s = countingStore();
  const commit = groupCommit(s.counted);
  const pending = [commit(() => s.insert.run('p')), commit(() => s.insert.run('q'))];
  s.store.close();
  const results = await Promise.allSettled(pending);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
});

test('an error that makes SQLite drop the whole transaction fails every write of the batch, and none is kept', async () => {
  const s = countingStore();
  s.store.db.pragma('page_size = 4096');
  const commit = groupCommit(s.counted);
  // Full as soon as the batch grows: a cap of a few pages over what the store holds now.
  const pages = s.store.db.pragma('page_count', { simple: true }) as number;
  s.store.db.pragma(`max_page_count = ${pages + 2}`);
  const results = await Promise.allSettled([
    commit(() => s.insert.run('small')),
    commit(() => s.insert.run('x'.repeat(64 * 1024))),
    commit(() => s.insert.run('after')),
  ]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected', 'rejected']);
  for (const r of results) assert.match(String((r as PromiseRejectedResult).reason), /full/i);
  assert.deepEqual(s.rows(), [], 'neither the write before nor the one after was kept');
  s.store.close();
});
