import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WardenError, isWardenError } from '../../../src/errors.js';
import { WebexApiError, isTransient } from '../../../src/webex/webex-api-error.js';

test('a Webex error is a WardenError that names the call but not its query', () => {
  const err = new WebexApiError({ code: 'WEBEX_HTTP', method: 'GET', path: '/memberships', status: 404, trackingId: 'T1', transient: false });
  assert.ok(isWardenError(err, 'WEBEX_HTTP'));
  assert.match(err.message, /GET \/memberships answered 404/);
  assert.equal(err.details['trackingId'], 'T1');
  assert.equal(isTransient(err), false);
});

test('transient covers Webex errors so marked and refresh failures marked transient', () => {
  assert.equal(isTransient(new WebexApiError({ code: 'WEBEX_TIMEOUT', method: 'GET', path: '/x', transient: true })), true);
  assert.equal(isTransient(new WardenError('TOKEN_REFRESH_FAILED', 'x', { details: { transient: true } })), true);
  assert.equal(isTransient(new WardenError('TOKEN_REFRESH_FAILED', 'x', { details: { transient: false } })), false);
  assert.equal(isTransient(new Error('boom')), false);
});
