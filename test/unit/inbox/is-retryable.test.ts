import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRetryable } from '../../../src/inbox/is-retryable.js';
import { WebexApiError } from '../../../src/webex/webex-api-error.js';
import { WardenError } from '../../../src/errors.js';

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

test('a refused OAuth refresh (invalid_grant, invalid_client) waits for the admin: retried, never failed', () => {
  const refused = new WardenError('TOKEN_REFRESH_FAILED', 'OAuth token refresh failed: Webex answered 400 (invalid_grant)', { details: { status: 400, transient: false, refused: true } });
  assert.equal(isRetryable(refused), true);
});

test('a store that refuses writes (disk full, I/O error, busy, closed) is transient; a constraint is not', () => {
  for (const code of ['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']) {
    assert.equal(isRetryable(Object.assign(new Error('x'), { code })), true, code);
  }
  assert.equal(isRetryable(new WardenError('STORE_CLOSED', 'the store is closed')), true);
  assert.equal(isRetryable(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })), false);
});
