import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWardenError } from '../../../src/errors.js';
import { parseEnvelope } from '../../../src/receiver/parse-envelope.js';

const malformed = (err: unknown) => isWardenError(err, 'MALFORMED_BODY');
const parse = (value: unknown) => parseEnvelope(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)));

test('an envelope keeps every field Webex sent', () => {
  const env = parse({ id: 'wh1', resource: 'memberships', event: 'deleted', actorId: 'p9', data: { id: 'ms1', roomId: 'r1' } });
  assert.equal(env.resource, 'memberships');
  assert.equal(env.event, 'deleted');
  assert.equal(env.data.id, 'ms1');
  assert.equal(env.data['roomId'], 'r1');
  assert.equal(env['actorId'], 'p9');
});

test('invalid JSON and non-objects are malformed', () => {
  assert.throws(() => parse('{"resource":'), malformed);
  assert.throws(() => parse('[]'), malformed);
  assert.throws(() => parse('null'), malformed);
});

test('an envelope without resource, event or data.id is malformed, and the error names the field', () => {
  assert.throws(() => parse({ event: 'created', data: { id: 'm1' } }), /resource/);
  assert.throws(() => parse({ resource: 'messages', data: { id: 'm1' } }), /event/);
  assert.throws(() => parse({ resource: 'messages', event: 'created', data: {} }), /data\.id/);
  assert.throws(() => parse({ resource: 'messages', event: 'created', data: { id: '' } }), malformed);
  assert.throws(() => parse({ resource: 'messages', event: 'created' }), malformed);
});

test('a resource or event that is not a plain name is malformed', () => {
  assert.throws(() => parse({ resource: 'messages:created', event: 'x', data: { id: 'm1' } }), malformed);
});

test('the error never repeats the body', () => {
  assert.throws(
    () => parse({ event: 'created', data: { id: 'm1', text: 'card 4111111111111111' } }),
    (err: Error) => !err.message.includes('4111'),
  );
});
