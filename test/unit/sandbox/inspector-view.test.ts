import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectorEntries, maskForInspector } from '../../../src/sandbox/inspector-view.js';
import type { CallRecord, DeliveryRecord } from '../../../src/emulator/index.js';

test('the Inspector masks as the logs do: secrets by key, bearer tokens and card numbers by content', () => {
  const masked = JSON.stringify(maskForInspector({
    body: { secret: 'whsec-123456789', text: 'pay with 4111 1111 1111 1111', note: 'Authorization: Bearer abc.def' },
  }));
  assert.ok(!masked.includes('whsec-123456789'));
  assert.ok(!masked.includes('4111 1111 1111 1111'));
  assert.ok(masked.includes('•••• 1111'));
  assert.ok(!masked.includes('abc.def'));
});

test("only Warden's tokens' calls are listed, with deliveries, newest first, signature shortened", () => {
  const call = (seq: number, at: number, tokenLabel: string | undefined): CallRecord => ({
    seq, at, method: 'GET', path: '/events', query: {}, personId: 'p', tokenLabel, body: undefined, status: 200, durationMs: 3,
  });
  const delivery: DeliveryRecord = { webhookId: 'w', targetUrl: 'http://127.0.0.1:1/webhooks/bot', resource: 'messages', event: 'created', status: 200, at: 2_500, body: '{"data":{}}', signature: 'abcdef0123456789' };
  const entries = inspectorEntries([call(1, 1_000, 'bot'), call(2, 2_000, 'alice'), call(3, 3_000, 'compliance officer')], [delivery], new Set(['bot', 'compliance officer']));
  assert.deepEqual(entries.map((e) => [e.kind, e.who]), [['call', 'compliance officer'], ['delivery', 'messages/created'], ['call', 'bot']]);
  assert.equal(entries[0]!.latencyMs, 3);
  assert.equal(entries[1]!.signature, 'abcdef01…');
});
