import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseEvent } from '../../../src/correlator/normalise-event.js';

test('an Events API item keeps its own id, type and created time', () => {
  const ev = normaliseEvent({
    id: 'EV1', resource: 'messages', type: 'created', actorId: 'P1', orgId: 'O1', created: '2026-05-04T10:00:00.000Z',
    data: { id: 'M1', roomId: 'R1', text: 'hi', created: '2026-05-04T09:59:59.000Z' },
  });
  assert.equal(ev?.origin, 'events-api');
  assert.equal(ev?.eventId, 'EV1');
  assert.equal(ev?.type, 'created');
  assert.equal(ev?.at, '2026-05-04T10:00:00.000Z');
  assert.equal(ev?.data['text'], 'hi');
});

test("a webhook envelope's id is the webhook's, so the event is named by its subject", () => {
  const ev = normaliseEvent({
    id: 'WEBHOOK1', resource: 'messages', event: 'created', actorId: 'P1', orgId: 'O1', created: '2019-01-01T00:00:00.000Z',
    data: { id: 'M1', roomId: 'R1', created: '2026-05-04T10:00:00.000Z' },
  });
  assert.equal(ev?.origin, 'webhook');
  assert.equal(ev?.eventId, 'messages:created:M1');
  assert.equal(ev?.at, '2026-05-04T10:00:00.000Z', 'the envelope created is when the webhook was made');
});

test('anything without a resource, a change and a data id is not an event', () => {
  assert.equal(normaliseEvent(null), undefined);
  assert.equal(normaliseEvent('x'), undefined);
  assert.equal(normaliseEvent({ resource: 'messages', type: 'created', data: {} }), undefined);
  assert.equal(normaliseEvent({ resource: 'messages', data: { id: 'M1' } }), undefined);
});
