import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { verifySignature } from '../../../src/receiver/verify-signature.js';

const body = Buffer.from('{"resource":"messages","event":"created","data":{"id":"m1"}}');
const hmac = (secret: string, bytes: Buffer = body) => createHmac('sha1', secret).update(bytes).digest('hex');

test('a signature made with the secret over the exact bytes is valid', () => {
  assert.equal(verifySignature(body, hmac('s1'), ['s1']), 'valid');
});

test('hex case does not matter', () => {
  assert.equal(verifySignature(body, hmac('s1').toUpperCase(), ['s1']), 'valid');
});

test('any secret of the list is accepted, for rotation', () => {
  assert.equal(verifySignature(body, hmac('new'), ['old', 'new']), 'valid');
  assert.equal(verifySignature(body, hmac('old'), ['old', 'new']), 'valid');
});

test('a missing or empty header is reported as missing', () => {
  assert.equal(verifySignature(body, undefined, ['s1']), 'missing');
  assert.equal(verifySignature(body, '  ', ['s1']), 'missing');
});

test('another secret, other bytes, a truncated or non-hex value are invalid', () => {
  assert.equal(verifySignature(body, hmac('other'), ['s1']), 'invalid');
  assert.equal(verifySignature(body, hmac('s1', Buffer.from(`${body} `)), ['s1']), 'invalid');
  assert.equal(verifySignature(body, hmac('s1').slice(0, 39), ['s1']), 'invalid');
  assert.equal(verifySignature(body, 'z'.repeat(40), ['s1']), 'invalid');
  assert.equal(verifySignature(body, createHmac('sha256', 's1').update(body).digest('hex'), ['s1']), 'invalid');
});

test('an empty secret never validates, and no secrets means nothing validates', () => {
  assert.equal(verifySignature(body, hmac(''), ['']), 'invalid');
  assert.equal(verifySignature(body, hmac('s1'), []), 'invalid');
});
