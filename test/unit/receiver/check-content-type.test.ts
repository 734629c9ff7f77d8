import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { isWardenError } from '../../../src/errors.js';
import { checkContentType } from '../../../src/receiver/check-content-type.js';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const refused = (err: unknown) => isWardenError(err, 'UNSUPPORTED_MEDIA_TYPE');

test('application/json, with or without a UTF-8 charset, passes', () => {
  assert.doesNotThrow(() => checkContentType(req({ 'content-type': 'application/json' })));
  assert.doesNotThrow(() => checkContentType(req({ 'content-type': 'Application/JSON; charset="utf-8"' })));
  assert.doesNotThrow(() => checkContentType(req({ 'content-type': 'application/json;charset=UTF8', 'content-encoding': 'identity' })));
});

test('other types, a missing type and other charsets are refused', () => {
  assert.throws(() => checkContentType(req({})), refused);
  assert.throws(() => checkContentType(req({ 'content-type': 'text/plain' })), refused);
  assert.throws(() => checkContentType(req({ 'content-type': 'application/x-www-form-urlencoded' })), refused);
  assert.throws(() => checkContentType(req({ 'content-type': 'application/jsonp' })), refused);
  assert.throws(() => checkContentType(req({ 'content-type': 'application/json; charset=latin1' })), refused);
});

test('a compressed body is refused: the signature covers the bytes as sent', () => {
  assert.throws(() => checkContentType(req({ 'content-type': 'application/json', 'content-encoding': 'gzip' })), refused);
});
