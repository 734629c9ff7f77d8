import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { StringTable } from '../../../src/files/extract/string-table.js';

describe('StringTable (an XLSX\'s shared strings)', () => {
  it('gives back each string as it was pushed, ASCII or not, past the size it was made for', () => {
    const table = new StringTable(16, 2);
    const strings = ['plain', '', 'Zürich — 東京', '🙂 emoji', 'x'.repeat(5000), 'last'];
    for (const s of strings) table.push(s);
    assert.equal(table.size, strings.length);
    assert.deepEqual(strings.map((_, i) => table.get(i)), strings);
  });

  it('reads strings back across its blocks, before and after it is sealed', () => {
    const table = new StringTable(1024);
    for (let i = 0; i < 10_000; i++) table.push(i % 7 === 0 ? `cellule ${i} é` : `cell ${i}`);
    const expected = (i: number): string => (i % 7 === 0 ? `cellule ${i} é` : `cell ${i}`);
    for (const i of [0, 4095, 4096, 8191, 8192, 9999]) assert.equal(table.get(i), expected(i), `before seal, ${i}`);
    table.seal();
    for (let i = 0; i < 10_000; i++) assert.equal(table.get(i), expected(i), `after seal, ${i}`);
    assert.equal(table.get(10_000), undefined);
    assert.throws(() => table.push('late'), /after seal/);
  });

  it('answers undefined for an index the table lacks (a cell naming a missing string)', () => {
    const table = new StringTable(64);
    table.push('only');
    for (const i of [-1, 1, 1.5, Number.NaN]) assert.equal(table.get(i), undefined, String(i));
  });

  it('does not believe a declared count beyond what the part can hold', () => {
    // A hostile `uniqueCount="4000000000"` on a tiny part: the table is sized by the part.
    const table = new StringTable(100, 4_000_000_000);
    table.push('a');
    assert.equal(table.get(0), 'a');
  });
});
