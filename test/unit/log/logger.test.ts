import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captureLogs } from '../../helpers/capture-logs.js';
import { childLogger } from '../../../src/log/logger.js';
import { mask, maskSpans } from '../../../src/log/mask.js';

test('secrets are dropped by key at any depth and bearer tokens by content', () => {
  const { logger, lines, text } = captureLogs();
  const log = childLogger(logger, 'webex', { eventId: 'messages:created:1' });
  log.info('calling Webex with Bearer abc.DEF-123_token', {
    headers: { Authorization: 'Bearer abc.DEF-123_token', accept: 'json' },
    webhook: { secret: 'hush-hush-secret-value', name: 'warden:org:rooms' },
    access_token: 'tok-123456',
    nested: [{ refresh_token: 'rt-987654' }],
    err: new Error('401 for Bearer zzz-token-zzz'),
  });
  assert.equal(lines.length, 1);
  const line = JSON.parse(lines[0]!);
  assert.equal(line.part, 'webex');
  assert.equal(line.eventId, 'messages:created:1');
  assert.equal(line.headers.accept, 'json');
  assert.equal(line.webhook.name, 'warden:org:rooms');
  for (const secret of ['abc.DEF-123_token', 'hush-hush-secret-value', 'tok-123456', 'rt-987654', 'zzz-token-zzz']) {
    assert.ok(!text().includes(secret), `${secret} leaked`);
  }
});

test('mask shows the kind and the last four characters only', () => {
  assert.equal(mask('4111 1111 1111 1111', 'card'), '•••• 1111');
  assert.equal(mask('AKIAIOSFODNN7EXAMPLE', 'credential', 'AWS access key'), 'AWS access key •••• MPLE');
  assert.equal(mask('short'), '••••');
  const text = 'pay with 4111-1111-1111-1111 today';
  assert.equal(maskSpans(text, [{ start: 9, end: 28, kind: 'card' }]), 'pay with •••• 1111 today');
});
