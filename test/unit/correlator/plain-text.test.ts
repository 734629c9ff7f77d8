import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText } from '../../../src/correlator/plain-text.js';

test('the text Webex gives is used as it is', () => {
  assert.equal(plainText({ text: 'pay **now**', markdown: 'ignored' }), 'pay **now**');
});

test('markdown loses its markup but keeps every word, digit and link', () => {
  const md = '# Title\n> quoted **4111 1111 1111 1111** and _AKIAIOSFODNN7EXAMPLE_\n`ghp_abc` see [docs](https://x.example/a_b)';
  assert.equal(plainText({ markdown: md }), 'Title\nquoted 4111 1111 1111 1111 and AKIAIOSFODNN7EXAMPLE\nghp_abc see docs (https://x.example/a_b)');
});

test('underscores and asterisks inside a word are part of it', () => {
  assert.equal(plainText({ markdown: 'key sk_live_4eC39HqLyjWDarjtT1zdp7dc and a*b*c' }), 'key sk_live_4eC39HqLyjWDarjtT1zdp7dc and a*b*c');
});

test('mentions read as names and html tags go, while a lone < stays', () => {
  assert.equal(plainText({ markdown: 'hi <@personEmail:bob@acme.example|Bob>, 3 < 4' }), 'hi Bob, 3 < 4');
  assert.equal(plainText({ html: '<p>a &amp; b<br/>c</p>' }), 'a & b\nc');
});

test('html as the Webex app writes it: mentions read as the name, paragraphs as lines, entities decoded', () => {
  const html = '<p>ask <spark-mention data-object-type="person" data-object-id="Y2lz">Bob</spark-mention> about &lt;4111 1111 1111 1111&gt; &amp; more</p><p>thanks</p>';
  assert.equal(plainText({ html }), 'ask Bob about <4111 1111 1111 1111> & more\nthanks');
});

test('a message without any text has none', () => {
  assert.equal(plainText({}), undefined);
});
