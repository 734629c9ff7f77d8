import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../src/store/open-store.js';
import { createDeletionsRepo } from '../../../src/store/deletions-repo.js';

test('a deletion is remembered once, by message, until it is pruned', () => {
  const store = openStore(':memory:');
  const repo = createDeletionsRepo(store);
  const first = { messageId: 'M1', actorId: 'P1', authorEmail: 'alice@acme.example', at: '2026-11-20T10:00:00.000Z' };
  repo.remember(first, 1_000);
  repo.remember({ ...first, actorId: 'P2' }, 2_000);
  repo.remember({ messageId: 'M2', at: '2026-11-21T10:00:00.000Z' }, 5_000);
  assert.deepEqual(repo.find('M1'), first, 'the first report of a deletion stands');
  assert.equal(repo.find('M3'), undefined);

  assert.equal(repo.prune(3_000), 1);
  assert.equal(repo.find('M1'), undefined);
  assert.equal(repo.find('M2')?.messageId, 'M2');
  store.close();
});
