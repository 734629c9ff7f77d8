import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { createMetrics } from '../../../src/metrics/create-metrics.js';
import { createEventsPoller } from '../../../src/pollers/events-poller.js';
import { pollerWorld } from '../pollers/poller-world.js';

function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('the Events API poller counts what it read, the repeats of its overlap, and exposes its lag', async (t) => {
  const w = await pollerWorld();
  t.after(() => w.close());
  const metrics = createMetrics({ processMetrics: false });
  const room = w.emu.addRoom({ title: 'Deals', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  for (const i of [1, 2, 3]) w.emu.postMessage(STANDARD_EMAILS.bob, { roomId: room.id, text: `hello ${i}` });
  await new Promise((r) => setTimeout(r, 5)); // the poll's `to` is after these events
  const poller = createEventsPoller({ api: w.api, meta: w.meta, inbox: w.inbox, logger: w.logs.logger, intervalSeconds: 3600, backfillMinutes: 10, metrics });

  const first = await poller.pollOnce();
  const second = await poller.pollOnce(); // the overlap reads the same events again

  const text = await metrics.registry.metrics();
  assert.ok(first.seen > 0);
  assert.equal(value(text, 'warden_events_received_total{source="events"}'), first.seen + second.seen);
  assert.equal(value(text, 'warden_events_duplicate_total{source="events"}'), first.seen + second.seen - first.stored - second.stored);
  assert.ok(second.seen > 0 && second.stored === 0, 'the second poll only saw repeats');
  assert.equal(value(text, 'warden_events_poller_lag_seconds'), poller.status().lagSeconds);
});
