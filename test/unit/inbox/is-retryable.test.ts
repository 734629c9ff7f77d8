import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRetryable } from '../../../src/inbox/is-retryable.js';
import { WebexApiError } from '../../../src/webex/webex-api-error.js';

const webex = (status: number, transient: boolean) =>
  new WebexApiError({ code: 'WEBEX_HTTP', method: 'GET', path: '/rooms/x', status, transient });

test('a transient Webex failure is retried, a permanent one is not', () => {
  assert.equal(isRetryable(webex(503, true)), true);
  assert.equal(isRetryable(webex(404, false)), false);
});

test('any error that says it is transient is retried', () => {
  assert.equal(isRetryable(Object.assign(new Error('bot not started'), { transient: true })), true);
});

test('an ordinary error is permanent', () => {
  assert.equal(isRetryable(new Error('bad payload')), false);
  assert.equal(isRetryable('boom'), false);
  assert.equal(isRetryable(undefined), false);
});

test('a 401 or 403 from Webex is retried later: an expired token must not lose the event', () => {
  assert.equal(isRetryable(webex(401, false)), true);
  assert.equal(isRetryable(webex(403, false)), true);
  assert.equal(isRetryable(webex(400, false)), false);
});
