import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { mentionNames, stripMention } from '../../../src/commands/strip-mention.js';

test('the first word is the command, lower-case, without a slash', () => {
  assert.deepEqual(parseCommand('  Subscribe   HIGH '), { name: 'subscribe', args: ['HIGH'] });
  assert.deepEqual(parseCommand('/help'), { name: 'help', args: [] });
  assert.deepEqual(parseCommand(''), { name: '', args: [] });
});

test("a leading mention of the bot is removed, by its full name or the part the sender kept", () => {
  const names = mentionNames({ id: 'bot-1', displayName: 'Warden Bot' });
  assert.equal(stripMention('Warden Bot subscribe high', names), 'subscribe high');
  assert.equal(stripMention('warden, status', names), 'status');
  assert.equal(stripMention('Warden', names), '');
  assert.equal(stripMention('Wardens status', names), 'Wardens status');
  assert.equal(stripMention('status Warden', names), 'status Warden');
});

test('the html of the message names the mention exactly', () => {
  const html = '<p><spark-mention data-object-type="person" data-object-id="bot-1">Compliance</spark-mention> alerts</p>';
  const names = mentionNames({ id: 'bot-1', displayName: 'Warden' }, html);
  assert.equal(stripMention('Compliance alerts', names), 'alerts');
});
