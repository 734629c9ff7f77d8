import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedupeKey } from '../../../src/inbox/dedupe-key.js';

const subject = { resource: 'messages', event: 'created', dataId: 'Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMQ' };

test('the poller and an org webhook seeing the same message share one key', () => {
  assert.equal(dedupeKey({ ...subject, source: 'events' }), dedupeKey({ ...subject, source: 'org-webhook' }));
  assert.equal(dedupeKey({ ...subject, source: 'events' }), `messages:created:${subject.dataId}`);
});

test("the bot's own delivery of that message has a key of its own", () => {
  const bot = dedupeKey({ ...subject, source: 'bot-webhook' });
  assert.notEqual(bot, dedupeKey({ ...subject, source: 'events' }));
  assert.equal(bot, `bot:messages:created:${subject.dataId}`);
});

test('a different event about the same thing is a different key', () => {
  assert.notEqual(dedupeKey({ ...subject, source: 'events' }), dedupeKey({ ...subject, event: 'deleted', source: 'events' }));
});

test('a membership key carries when it began: a person removed and added back is a new join', () => {
  const join = (created: string) => ({ source: 'events' as const, resource: 'memberships', event: 'created', dataId: 'M1', payload: { data: { id: 'M1', created } } });
  assert.equal(dedupeKey(join('2026-01-01T00:00:00.000Z')), 'memberships:created:M1@2026-01-01T00:00:00.000Z');
  assert.equal(dedupeKey(join('2026-01-01T00:00:00.000Z')), dedupeKey(join('2026-01-01T00:00:00.000Z')), 'a repeat is still a repeat');
  assert.notEqual(dedupeKey(join('2026-01-01T00:00:00.000Z')), dedupeKey(join('2026-02-01T00:00:00.000Z')));
});
