import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsWindow, EVENTS_RETENTION_MS } from '../../../src/pollers/events-window.js';

const NOW = Date.parse('2026-05-04T12:00:00.000Z');
const MIN = 60_000;

test('a window reaches back the overlap before the cursor and ends now', () => {
  assert.deepEqual(eventsWindow({ cursorMs: NOW - 5 * MIN, nowMs: NOW, overlapMs: MIN }), {
    fromMs: NOW - 6 * MIN,
    toMs: NOW,
    clampedToRetention: false,
  });
});

test('the overlap never reaches before where the poller first began', () => {
  const floorMs = NOW - 10 * MIN;
  assert.equal(eventsWindow({ cursorMs: floorMs, nowMs: NOW, overlapMs: MIN, floorMs })?.fromMs, floorMs);
  assert.equal(eventsWindow({ cursorMs: floorMs + 30_000, nowMs: NOW, overlapMs: MIN, floorMs })?.fromMs, floorMs);
  assert.equal(eventsWindow({ cursorMs: floorMs + 5 * MIN, nowMs: NOW, overlapMs: MIN, floorMs })?.fromMs, floorMs + 4 * MIN);
});

test('a cursor beyond the retention starts at the retention limit', () => {
  const w = eventsWindow({ cursorMs: NOW - 2 * EVENTS_RETENTION_MS, nowMs: NOW, overlapMs: MIN });
  assert.deepEqual(w, { fromMs: NOW - EVENTS_RETENTION_MS, toMs: NOW, clampedToRetention: true });
});

test('there is no window when now is not after its start (first start without backfill, or a clock set back)', () => {
  assert.equal(eventsWindow({ cursorMs: NOW, nowMs: NOW, overlapMs: MIN, floorMs: NOW }), undefined);
  assert.equal(eventsWindow({ cursorMs: NOW + 10 * MIN, nowMs: NOW, overlapMs: MIN }), undefined);
});

test('a long window is cut into consecutive stretches of at most the bound, oldest first, without gaps', async () => {
  const { subWindows } = await import('../../../src/pollers/events-window.js');
  const parts = subWindows({ fromMs: 0, toMs: 25 }, 10);
  assert.deepEqual(parts, [{ fromMs: 0, toMs: 10 }, { fromMs: 10, toMs: 20 }, { fromMs: 20, toMs: 25 }]);
  assert.deepEqual(subWindows({ fromMs: 5, toMs: 5 }, 10), []);
});
