import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWardenWebhookName, webhookName } from '../../../src/webex/webhook-name.js';

test('our webhook names carry the warden: prefix once', () => {
  assert.equal(webhookName('org:rooms'), 'warden:org:rooms');
  assert.equal(webhookName('warden:org:rooms'), 'warden:org:rooms');
  assert.throws(() => webhookName(''));
});

test('only prefixed names are ours', () => {
  assert.equal(isWardenWebhookName('warden:org:rooms'), true);
  assert.equal(isWardenWebhookName('warden:'), false);
  assert.equal(isWardenWebhookName('my-own-hook'), false);
  assert.equal(isWardenWebhookName('Warden:org'), false);
});
