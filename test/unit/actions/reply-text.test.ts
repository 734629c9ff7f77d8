import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replyText } from '../../../src/actions/reply-text.js';
import type { PressResult } from '../../../src/actions/press-result.js';
import type { Press } from '../../../src/actions/types.js';
import type { AlertRecord } from '../../../src/alerts/types.js';
import { sampleAlert } from '../alerts/sample-alert.js';

const alert: AlertRecord = { ...sampleAlert(), status: 'handled', updatedAt: 0 };
const press: Press = {
  action: { id: 'a', type: 'submit', messageId: 'card', roomId: 'room', personId: 'p', inputs: {}, created: '' },
  presser: { id: 'p', email: 'o_fficer@acme.example', officer: true },
  alertId: alert.id,
  verb: 'delete-message',
  reason: undefined,
};

const results: PressResult[] = [
  { kind: 'refused', refusal: 'not-an-officer' },
  { kind: 'already-handled', holder: { by: 'oscar@acme.example', verb: 'delete-message', at: Date.UTC(2025, 2, 12, 14, 3), actionId: 'b', outcome: 'deleted' } },
  { kind: 'failed', reason: 'Webex answered 403: Not allowed' },
  ...(['deleted', 'dismissed', 'already-gone', 'dry-run'] as const).map((outcome) => ({ kind: 'done' as const, outcome })),
];

test('every answer names the officer who pressed, escaped for markdown', () => {
  for (const result of results) {
    const text = replyText(press, alert, result, false);
    assert.ok(text.includes('o\\_fficer@acme.example'), `${result.kind}: ${text}`);
  }
});

test('the loser of a press is told what was done, by whom and when (UTC)', () => {
  const text = replyText(press, alert, results[1]!, false);
  assert.match(text, /already deleted by \*\*oscar@acme\.example\*\* at 12 Mar 2025, 14:03:00 UTC/);
});

test('a failure says why; a dry run says what would have happened', () => {
  assert.match(replyText(press, alert, results[2]!, false), /403: Not allowed/);
  assert.match(replyText(press, alert, { kind: 'done', outcome: 'dry-run' }, true), /^Dry run: would have deleted the message/);
});
