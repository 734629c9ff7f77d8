import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, retryAfterMs } from '../../../src/webex/retry-timing.js';

test('Retry-After in seconds becomes milliseconds', () => {
  assert.equal(retryAfterMs('2', 300), 2000);
  assert.equal(retryAfterMs(' 7 ', 300), 7000);
});

test('an absent or unreadable Retry-After waits one second', () => {
  assert.equal(retryAfterMs(undefined, 300), 1000);
  assert.equal(retryAfterMs('soon', 300), 1000);
  assert.equal(retryAfterMs('', 300), 1000);
});

test('Retry-After is capped, and an HTTP date counts from now', () => {
  assert.equal(retryAfterMs('86400', 300), 300_000);
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', 300, now), 5000);
  assert.equal(retryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', 300, now), 0);
});

test('backoff doubles per retry and jitters within the upper half of its step', () => {
  assert.equal(backoffMs(1, 100, () => 0), 50);
  assert.equal(backoffMs(1, 100, () => 1), 100);
  assert.equal(backoffMs(3, 100, () => 0), 200);
  assert.equal(backoffMs(3, 100, () => 1), 400);
  assert.ok(backoffMs(40, 250, () => 1) <= 30_000);
});
