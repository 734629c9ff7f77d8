import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay } from '../../../src/inbox/backoff-delay.js';

const backoff = { baseMs: 1_000, maxMs: 30_000 };

test('the delay doubles with each attempt', () => {
  const top = () => 1;
  assert.deepEqual([1, 2, 3, 4].map((a) => backoffDelay(a, backoff, top)), [1_000, 2_000, 4_000, 8_000]);
});

test('the delay never exceeds the ceiling', () => {
  assert.equal(backoffDelay(20, backoff, () => 1), 30_000);
});

test('jitter keeps the delay between half and all of the step', () => {
  assert.equal(backoffDelay(3, backoff, () => 0), 2_000);
  const mid = backoffDelay(3, backoff, () => 0.5);
  assert.ok(mid > 2_000 && mid < 4_000, `got ${mid}`);
});
