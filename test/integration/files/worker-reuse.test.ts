import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FILE_LIMITS, type FileLimits } from '../../../src/files/limits.js';
import { runExtraction } from '../../../src/files/run-extraction.js';
import { makeDocx, makeXlsx } from '../../helpers/make-files.js';

/**
 * The extraction worker is kept for the next file once it has read one (src/files/worker-pool.ts):
 * nothing of one file may show in the next, and a worker that overran a limit is never reused.
 */
const limits = (over: Partial<FileLimits> = {}): FileLimits => ({ ...FILE_LIMITS, ...over });
const textOf = async (bytes: Buffer, name: string, over: Partial<FileLimits> = {}) => {
  const r = await runExtraction({ bytes, name }, limits(over));
  return { limit: r.limit, text: r.segments.map((s) => `${s.where}: ${s.text}`).join('\n') };
};

describe('extraction workers, one file after another', () => {
  it('each file gets only its own text, whether the file before it was read whole or stopped at a limit', async () => {
    const sheet = await makeXlsx([{ name: 'Keys', rows: [['alpha', 'beta']] }]);
    const doc = await makeDocx({ paragraphs: ['first paragraph', 'second paragraph'] });
    assert.equal((await textOf(sheet, 'a.xlsx')).text, 'sheet "Keys", row 1: alpha\tbeta');
    // Stopped by its own text limit: the worker ends the file itself and can take the next one.
    const cut = await textOf(Buffer.from('0123456789\nmore text'), 'b.txt', { maxTextChars: 10 });
    assert.equal(cut.limit, 'text-limit');
    assert.equal((await textOf(doc, 'c.docx')).text, 'paragraph 1: first paragraph\nparagraph 2: second paragraph');
    assert.equal((await textOf(sheet, 'd.xlsx')).text, 'sheet "Keys", row 1: alpha\tbeta');
  });

  it('a worker ended for its time is not used again: the next file is read whole', async () => {
    const big = await makeXlsx([{ name: 'S', rows: Array.from({ length: 5000 }, (_, i) => [`r${i}`, 'v']) }]);
    assert.equal((await textOf(big, 'slow.xlsx', { extractTimeMs: 1 })).limit, 'time-limit');
    const next = await textOf(await makeDocx({ paragraphs: ['after the timeout'] }), 'next.docx');
    assert.deepEqual(next, { limit: undefined, text: 'paragraph 1: after the timeout' });
  });

  it('files read at the same time each get a worker of their own', async () => {
    const files = await Promise.all(['one', 'two', 'three'].map(async (word) => ({ word, bytes: await makeDocx({ paragraphs: [`only ${word}`] }) })));
    const read = await Promise.all(files.map((f) => textOf(f.bytes, `${f.word}.docx`)));
    assert.deepEqual(read.map((r) => r.text), ['paragraph 1: only one', 'paragraph 1: only two', 'paragraph 1: only three']);
  });
});
