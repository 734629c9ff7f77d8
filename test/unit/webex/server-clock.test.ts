import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverClock } from '../../../src/webex/server-clock.js';

test("Webex's clock offset comes from the Date header; within the header's resolution it is none", () => {
  const clock = serverClock();
  assert.equal(clock.offsetMs(), undefined);
  const local = Date.parse('2026-12-01T10:00:00.700Z');
  clock.observe('Tue, 01 Dec 2026 10:00:00 GMT', local);
  assert.equal(clock.offsetMs(), 0);
  clock.observe('Tue, 01 Dec 2026 09:55:00 GMT', local);
  assert.equal(clock.offsetMs(), -300_700);
  clock.observe('not a date', local);
  clock.observe(undefined, local);
  assert.equal(clock.offsetMs(), -300_700, 'a missing or bad header changes nothing');
});
