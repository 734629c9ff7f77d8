import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seal, unseal } from '../../../src/store/seal.js';

test('a sealed value reads back with its secret only, and holds no clear text', () => {
  const sealed = seal('refresh-token-123456', 'client-secret');
  assert.ok(!sealed.includes('refresh-token-123456'));
  assert.notEqual(seal('refresh-token-123456', 'client-secret'), sealed, 'a fresh nonce each time');
  assert.equal(unseal(sealed, 'client-secret'), 'refresh-token-123456');
  assert.equal(unseal(sealed, 'another-secret'), undefined);
  assert.equal(unseal('refresh-token-in-clear', 'client-secret'), undefined);
  const [v, iv, tag, body] = sealed.split(':');
  assert.equal(unseal([v, iv, tag, `${body}x`].join(':'), 'client-secret'), undefined, 'tampering is detected');
});
