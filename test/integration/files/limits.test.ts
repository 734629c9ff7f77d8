import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import yauzl from 'yauzl';
import { FILE_LIMITS, type FileLimits } from '../../../src/files/limits.js';
import { runExtraction } from '../../../src/files/run-extraction.js';
import { makePdf, makeXlsx, makeZip } from '../../helpers/make-files.js';

/** Each limit of src/files/limits.ts, met exactly (read) and passed by one (not inspected). */
const limits = (over: Partial<FileLimits>): FileLimits => ({ ...FILE_LIMITS, ...over });
const extract = (bytes: Buffer, name: string, over: Partial<FileLimits>) => runExtraction({ bytes, name }, limits(over));
const texts = (r: Awaited<ReturnType<typeof extract>>) => r.segments.map((s) => s.text).join('\n');

describe('file limits', () => {
  it('archive entries: maxArchiveEntries entries are read, one more is refused', async () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, data: `entry ${i}` }));
    const at = await extract(await makeZip(entries(5)), 'a.zip', { maxArchiveEntries: 5 });
    assert.equal(at.limit, undefined);
    assert.match(texts(at), /entry 4/);
    assert.equal((await extract(await makeZip(entries(6)), 'a.zip', { maxArchiveEntries: 5 })).limit, 'archive-entries');
  });

  it('compression ratio: an entry at the ratio is read, past it refused from its header', async () => {
    const data = Buffer.alloc(2 * 1024 * 1024, 0x61);
    const zip = await makeZip([{ name: 'a.txt', data }]);
    const compressed = await new Promise<number>((resolve, reject) =>
      yauzl.fromBuffer(zip, { lazyEntries: true }, (err, z) => {
        if (err || !z) return reject(err);
        z.on('entry', (e: yauzl.Entry) => resolve(e.compressedSize));
        z.readEntry();
      }),
    );
    const ratio = data.length / compressed;
    assert.equal((await extract(zip, 'a.zip', { maxCompressionRatio: ratio, ratioFloorBytes: 1024 })).limit, undefined);
    assert.equal((await extract(zip, 'a.zip', { maxCompressionRatio: ratio - 0.01, ratioFloorBytes: 1024 })).limit, 'compression-ratio');
  });

  it('a header that understates an entry\'s size is caught as it inflates: the entry is refused, not read on', async () => {
    const zip = await makeZip([{ name: 'a.txt', data: Buffer.alloc(4 * 1024 * 1024, 0x61) }]);
    // Both headers say 1,000 bytes: under every cap, so only counting what inflates can catch it.
    for (const [signature, at] of [[0x04034b50, 22], [0x02014b50, 24]] as const) {
      const offset = zip.indexOf(Buffer.from(new Uint32Array([signature]).buffer));
      assert.ok(offset >= 0);
      zip.writeUInt32LE(1000, offset + at);
    }
    const r = await extract(zip, 'a.zip', {});
    assert.equal(r.limit, 'corrupt');
    assert.ok(texts(r).length <= 1000, 'nothing past the declared size was handed on');
  });

  it('inflated bytes: entries within maxInflatedBytes are read, one byte more is refused', async () => {
    const zip = await makeZip([{ name: 'a.txt', data: 'x'.repeat(1000) }, { name: 'b.txt', data: 'y'.repeat(1000) }]);
    assert.equal((await extract(zip, 'a.zip', { maxInflatedBytes: 2000 })).limit, undefined);
    assert.equal((await extract(zip, 'a.zip', { maxInflatedBytes: 1999 })).limit, 'inflated-bytes');
    assert.equal((await extract(zip, 'a.zip', { maxEntryBytes: 999 })).limit, 'inflated-bytes');
  });

  it('archive depth: a ZIP in a ZIP is read, a third level is refused', async () => {
    const csv = await makeZip([{ name: 'c.csv', data: 'a,b\n' }]);
    const two = await makeZip([{ name: 'inner.zip', data: csv }]);
    assert.equal((await extract(two, 'two.zip', {})).limit, undefined);
    const three = await makeZip([{ name: 'middle.zip', data: two }]);
    assert.equal((await extract(three, 'three.zip', {})).limit, 'archive-depth');
  });

  it('text: maxTextChars are read, one more character stops the reading with what was read kept', async () => {
    const text = Buffer.from('abcdefghij');
    assert.equal((await extract(text, 'a.txt', { maxTextChars: 10 })).limit, undefined);
    const over = await extract(Buffer.from('abcdefghij\nklm'), 'a.txt', { maxTextChars: 10 });
    assert.equal(over.limit, 'text-limit');
  });

  it('PDF pages: maxPdfPages are read, a longer PDF is read to that page', async () => {
    const pdf = makePdf([['one'], ['two'], ['three']]);
    assert.equal((await extract(pdf, 'a.pdf', { maxPdfPages: 3 })).limit, undefined);
    const over = await extract(pdf, 'a.pdf', { maxPdfPages: 2 });
    assert.equal(over.limit, 'page-limit');
    assert.deepEqual(over.segments.map((s) => s.where), ['page 1', 'page 2']);
  });

  it('time: a worker past extractTimeMs is ended and the file is not inspected', async () => {
    const xlsx = await makeXlsx([{ name: 'S', rows: Array.from({ length: 2000 }, (_, i) => [`r${i}`, 'v']) }]);
    assert.equal((await extract(xlsx, 'a.xlsx', { extractTimeMs: 1 })).limit, 'time-limit');
  });

  it('memory: a worker past its heap limit is ended and the file is not inspected', async () => {
    // One shared string of 64 Mi characters cannot be held in an 8 MiB heap.
    const big = 'z'.repeat(8 * 1024 * 1024);
    const xlsx = await makeXlsx([{ name: 'S', rows: [[big], [big], [big], [big], [big], [big], [big], [big]] }]);
    const r = await extract(xlsx, 'a.xlsx', { workerOldGenerationMb: 8, workerYoungGenerationMb: 2, extractTimeMs: 60_000, maxCompressionRatio: 1e9 });
    assert.ok(r.limit === 'memory-limit', `got ${r.limit}`);
  });
});
