import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsIn } from '../../../src/sandbox/mentions-in.js';

const members = [
  { id: 'bot', name: 'Warden' },
  { id: 'alice', name: 'Alice Archer' },
];

test('a typed @Name becomes the name in the text and the person in mentions, as the Webex app sends it', () => {
  assert.deepEqual(mentionsIn('@Warden subscribe low', members), { text: 'Warden subscribe low', mentions: ['bot'] });
  assert.deepEqual(mentionsIn('thanks @Alice Archer and @alice', members), { text: 'thanks Alice Archer and alice', mentions: ['alice'] });
});

test('no mention without a member of that name, inside a word, or a longer name', () => {
  assert.deepEqual(mentionsIn('mail bob@acme.example or @Bob', members), { text: 'mail bob@acme.example or @Bob', mentions: [] });
  assert.deepEqual(mentionsIn('@Wardens are busy', members), { text: '@Wardens are busy', mentions: [] });
});
