import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordingsWindows } from '../../../src/pollers/recordings-windows.js';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T12:00:00.000Z');
const ms = (iso: string) => Date.parse(iso);

test('a watch begun a month ago is read in one window ending now', () => {
  const windows = recordingsWindows(NOW - 30 * DAY, NOW);
  assert.deepEqual(windows, [{ from: new Date(NOW - 30 * DAY).toISOString(), to: new Date(NOW).toISOString() }]);
});

test('two hundred days are cut into windows of at most 90 days that meet end to end, newest first', () => {
  const windows = recordingsWindows(NOW - 200 * DAY, NOW);
  assert.equal(windows.length, 3);
  for (const w of windows) assert.ok(ms(w.to) - ms(w.from) <= 90 * DAY && ms(w.to) > ms(w.from));
  for (let i = 1; i < windows.length; i++) assert.equal(windows[i]!.to, windows[i - 1]!.from);
  assert.equal(windows[0]!.to, new Date(NOW).toISOString());
  assert.equal(windows.at(-1)!.from, new Date(NOW - 200 * DAY).toISOString());
});

test('a watch older than a year reaches back no more than 365 days', () => {
  const windows = recordingsWindows(NOW - 500 * DAY, NOW);
  const earliest = Math.min(...windows.map((w) => ms(w.from)));
  assert.ok(earliest >= NOW - 365 * DAY, 'never before 365 days back');
  assert.ok(earliest <= NOW - 364 * DAY, 'but as far as allowed');
  assert.equal(windows.length, 5);
});

test('a start in the future reads nothing', () => {
  assert.deepEqual(recordingsWindows(NOW + DAY, NOW), []);
});
