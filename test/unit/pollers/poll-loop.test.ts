import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPollLoop } from '../../../src/pollers/poll-loop.js';
import { waitFor } from '../../helpers/wait-for.js';

/** A run whose every call waits until the test releases it. */
function gatedRun() {
  const gates: Array<() => void> = [];
  let running = 0;
  let maxRunning = 0;
  let calls = 0;
  const run = async (): Promise<number> => {
    calls += 1;
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running -= 1;
    return calls;
  };
  return { run, release: () => gates.shift()?.(), get calls() { return calls; }, get maxRunning() { return maxRunning; }, pending: () => gates.length };
}

test('runOnce while a poll runs joins it instead of starting another', async () => {
  const g = gatedRun();
  const loop = createPollLoop({ intervalMs: 10, run: g.run, onError: () => undefined });
  const a = loop.runOnce();
  const b = loop.runOnce();
  assert.equal(a, b);
  g.release();
  assert.equal(await a, 1);
  assert.equal(g.calls, 1);
});

test('start polls at once and again only after each poll has ended', async () => {
  const g = gatedRun();
  const loop = createPollLoop({ intervalMs: 1, run: g.run, onError: () => undefined });
  loop.start();
  await waitFor('the first poll', () => g.pending() === 1);
  await new Promise((r) => setTimeout(r, 20)); // many intervals pass while the first poll is held
  assert.equal(g.calls, 1);
  g.release();
  await waitFor('the second poll', () => g.pending() === 1 && g.calls === 2);
  const stopped = loop.stop();
  g.release();
  await stopped;
  assert.equal(g.maxRunning, 1);
  assert.equal(g.calls, 2);
});

test('stop waits for the poll in progress, and a failed poll is reported and retried', async () => {
  const errors: unknown[] = [];
  let calls = 0;
  const loop = createPollLoop({
    intervalMs: 1,
    run: async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return calls;
    },
    onError: (err) => errors.push(err),
  });
  loop.start();
  await waitFor('a retry after the failure', () => calls >= 2);
  await loop.stop();
  const after = calls;
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(calls, after, 'no poll after stop');
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /boom/);
});
