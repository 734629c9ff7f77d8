import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../../src/cards/clean-text.js';
import { escapeMarkdown } from '../../../src/cards/escape-markdown.js';
import { formatUtc } from '../../../src/cards/format-utc.js';
import { scrubDigits } from '../../../src/cards/scrub-digits.js';
import { truncateBytes } from '../../../src/cards/truncate-bytes.js';
import { shown } from './card-walk.js';

describe('card text helpers', () => {
  it('escapes markdown so a renderer shows the text as written', () => {
    for (const text of ['**bold**', '_it_', '# h', '- li', '+ li', '12. n', '<@all>', '[a](b)', 'a\\b', '`c`']) {
      const escaped = escapeMarkdown(text);
      assert.notEqual(escaped, text);
      assert.equal(shown(escaped), text);
    }
    assert.equal(escapeMarkdown('plain words, 3 dots...'), 'plain words, 3 dots...');
  });

  it('folds line breaks and control characters into one line', () => {
    assert.equal(cleanText(' a\r\nb\u2028c\u0000d\t ', 100), 'a b c d');
  });

  it('masks card-shaped numbers but leaves short ones', () => {
    assert.equal(scrubDigits('call 555-0100 or pay 5500 0000 0000 0004'), 'call 555-0100 or pay •••• 0004');
  });

  it('formats a time in UTC, whatever the input offset', () => {
    assert.equal(formatUtc('2025-01-01T01:30:00+02:00'), '31 Dec 2024, 23:30:00 UTC');
  });

  it('cuts to a byte budget on a code point and never leaves a dangling escape', () => {
    const cut = truncateBytes('🙂'.repeat(10), 10);
    assert.ok(Buffer.byteLength(cut) <= 10);
    assert.equal(cut, '🙂…');
    const escaped = truncateBytes(`${'a'.repeat(6)}\\*`, 10);
    assert.ok(!escaped.includes('\\…'));
    assert.equal(truncateBytes('short', 10), 'short');
  });
});
