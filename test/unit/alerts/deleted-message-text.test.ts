import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deletedMessageText } from '../../../src/alerts/deleted-message-text.js';

const AT = '2025-03-12T14:03:05.000Z';

test('a deletion by the author says so', () => {
  const text = deletedMessageText({ email: 'alice@acme.example', isAuthor: true }, AT);
  assert.match(text, /by its author, \*\*alice@acme\.example\*\*, at 12 Mar 2025, 14:03:05 UTC/);
  assert.match(text, /closed/);
});

test('a deletion by someone else names them only', () => {
  const text = deletedMessageText({ email: 'bob@acme.example', isAuthor: false }, AT);
  assert.match(text, /by \*\*bob@acme\.example\*\* at/);
  assert.doesNotMatch(text, /author/);
});

test('markdown in the name is shown literally', () => {
  const text = deletedMessageText({ email: '*x*@acme.example', isAuthor: false }, AT);
  assert.match(text, /\\\*x\\\*@acme\.example/);
});
