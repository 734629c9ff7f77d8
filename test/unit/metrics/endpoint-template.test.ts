import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpointTemplate } from '../../../src/metrics/endpoint-template.js';
import { WardenError, ErrorCodes } from '../../../src/errors.js';
import { rejectReason } from '../../../src/metrics/reject-reason.js';

const messageId = Buffer.from('ciscospark://us/MESSAGE/9a1b2c3d-0000-4000-8000-000000000001').toString('base64url');

test('an id in a path becomes {id}; the words of the API stay', () => {
  assert.equal(endpointTemplate(`/messages/${messageId}`), '/messages/{id}');
  assert.equal(endpointTemplate(`/attachment/actions/${messageId}`), '/attachment/actions/{id}');
  assert.equal(endpointTemplate('/people/me'), '/people/me');
  assert.equal(endpointTemplate('/recordingReport/accessSummary?max=10'), '/recordingReport/accessSummary');
  assert.equal(endpointTemplate(`/rooms/${messageId}/meetingInfo`), '/rooms/{id}/meetingInfo');
  assert.equal(endpointTemplate('/events'), '/events');
});

test('an opaque id that happens to be short is still not a word', () => {
  assert.equal(endpointTemplate('/people/p-123'), '/people/{id}');
  assert.equal(endpointTemplate('/webhooks/abc123'), '/webhooks/{id}');
});

test('each refusal of the receiver has its reason; a fault of our own is not a rejection', () => {
  assert.equal(rejectReason(new WardenError(ErrorCodes.NOT_FOUND, 'x')), 'not_found');
  assert.equal(rejectReason(new WardenError(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, 'x')), 'unsupported_media_type');
  assert.equal(rejectReason(new WardenError(ErrorCodes.BODY_TOO_LARGE, 'x')), 'too_large');
  assert.equal(rejectReason(new WardenError(ErrorCodes.BAD_SIGNATURE, 'x')), 'bad_signature');
  assert.equal(rejectReason(new WardenError(ErrorCodes.MALFORMED_BODY, 'x')), 'malformed');
  assert.equal(rejectReason(new WardenError(ErrorCodes.STORE_CLOSED, 'x')), 'not_ready');
  assert.equal(rejectReason(new Error('boom')), undefined);
});
