import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeExcerpt } from '../../../../src/policies/scan/make-excerpt.js';

describe('makeExcerpt', () => {
  it('masks a card that straddles the edge of the window instead of cutting it in half', () => {
    const filler = 'word '.repeat(15);
    const text = `falcon ${filler}4111 1111 1111 1111 and more words after it`;
    const excerpt = makeExcerpt(text, { start: 0, end: 6 });
    assert.ok(!/\d{4} \d{4}/.test(excerpt), excerpt);
    assert.ok(!excerpt.includes('4111'), excerpt);
  });

  it('keeps a short window around the find in a long message, marked with ellipses', () => {
    const before = 'lorem ipsum '.repeat(40);
    const after = ' dolor sit amet'.repeat(40);
    const text = `${before}the falcon plan${after}`;
    const start = text.indexOf('falcon');
    const excerpt = makeExcerpt(text, { start, end: start + 6 });
    assert.ok(excerpt.startsWith('…') && excerpt.endsWith('…'), excerpt);
    assert.ok(excerpt.includes('the falcon plan'));
    assert.ok(excerpt.length < 200, `excerpt of ${excerpt.length} characters`);
  });

  it('puts a multi-line message on one line', () => {
    assert.equal(makeExcerpt('first line\n\n  second falcon\tline', { start: 20, end: 26 }), 'first line second falcon line');
  });
});
