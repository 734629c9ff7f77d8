import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routeEvent } from '../../../src/inbox/route-event.js';
import type { InboxRow, InboxSource, WorkContext } from '../../../src/inbox/types.js';
import { captureLogger } from './capture-logger.js';

function row(source: InboxSource): InboxRow {
  return {
    id: 1, dedupeKey: 'k', source, resource: 'messages', event: 'created', dataId: 'm1', payload: {},
    receivedAt: 0, status: 'processing', attempts: 1,
    unsettled: 1, nextAttemptAt: 0, lastError: null, doneAt: null,
  };
}

const ctx: WorkContext = { eventId: 'k', logger: captureLogger().logger, attempt: 1 };

test('bot deliveries go to the bot handler and compliance events to the compliance handler', async () => {
  const seen: string[] = [];
  const handlers = {
    bot: async (r: InboxRow) => void seen.push(`bot:${r.source}`),
    compliance: async (r: InboxRow) => void seen.push(`compliance:${r.source}`),
  };
  for (const source of ['bot-webhook', 'org-webhook', 'events'] as const) await routeEvent(row(source), handlers, ctx);
  assert.deepEqual(seen, ['bot:bot-webhook', 'compliance:org-webhook', 'compliance:events']);
});

test('a stream without a handler resolves, so its row is recorded done', async () => {
  await assert.doesNotReject(routeEvent(row('events'), {}, ctx));
  await assert.doesNotReject(routeEvent(row('bot-webhook'), { compliance: async () => assert.fail('wrong stream') }, ctx));
});

test("a handler's failure reaches the worker", async () => {
  await assert.rejects(routeEvent(row('events'), { compliance: async () => { throw new Error('enrich failed'); } }, ctx), /enrich failed/);
});
