import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FILE_LIMITS, type FileLimits } from '../../../src/files/limits.js';
import { runExtraction } from '../../../src/files/run-extraction.js';
import { makeXlsx, makeZip } from '../../helpers/make-files.js';

/**
 * A large workbook's shared string table is read by a helper worker while the sheets are read
 * (src/files/extract/shared-strings.ts). `sharedStringsHelperBytes: 0` sends every workbook there;
 * the default reads these small ones first, in the extraction worker, which is what it is compared with.
 */
const beside: Partial<FileLimits> = { sharedStringsHelperBytes: 0 };
const extract = (bytes: Buffer, over: Partial<FileLimits> = {}) => runExtraction({ bytes, name: 'book.xlsx' }, { ...FILE_LIMITS, ...over });

const CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A one-sheet workbook with its shared string table (stored uncompressed with `store`) and sheet written as given. */
function workbook(sst: string, sheetData: string, store = false): Promise<Buffer> {
  return makeZip([
    { name: 'xl/workbook.xml', data: `${CT}<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `${CT}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: 'xl/sharedStrings.xml', data: `${CT}<sst ${NS}>${sst}</sst>`, store },
    { name: 'xl/worksheets/sheet1.xml', data: `${CT}<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>` },
  ]);
}
const cell = (ref: string, index: number): string => `<c r="${ref}" t="s"><v>${index}</v></c>`;

describe('shared strings read beside the sheets', () => {
  it('gives the same rows, cells and places as the table read first, over many blocks of strings', async () => {
    // 12,000 rows of two strings: the table comes over in several blocks of 4,096 while the sheet is read.
    const rows = Array.from({ length: 12_000 }, (_, i) => [`name ${i} Zürich`, i === 11_999 ? '4111 1111 1111 1111' : `note ${i * 7}`]);
    const bytes = await makeXlsx([{ name: 'Orders', rows }]);
    const first = await extract(bytes);
    const helped = await extract(bytes, beside);
    assert.equal(helped.limit, undefined);
    assert.equal(helped.segments.length, 12_000);
    assert.deepEqual(helped.segments, first.segments);
    assert.deepEqual(helped.segments.at(-1), {
      where: 'sheet "Orders", row 12000',
      text: 'name 11999 Zürich\t4111 1111 1111 1111',
      parts: { label: 'sheet "Orders", cell ', starts: [0, 18], names: ['A12000', 'B12000'] },
    });
  });

  it('reads a string\'s runs and leaves out its phonetic reading, as the table read first does', async () => {
    const bytes = await workbook('<si><r><t>Tokyo </t></r><r><t>office</t></r><rPh><t>toukyou</t></rPh></si><si><t>plain</t></si>', `<row r="1">${cell('A1', 0)}${cell('B1', 1)}</row>`);
    for (const over of [{}, beside]) assert.deepEqual((await extract(bytes, over)).segments.map((s) => s.text), ['Tokyo office\tplain']);
  });

  it('a table stored without compression is read chunk by chunk, as a deflated one', async () => {
    // 1.2 MB stored: several chunks, each one a beat of the helper's heartbeat.
    const strings = Array.from({ length: 30_000 }, (_, i) => `<si><t>stored string ${i}</t></si>`).join('');
    const bytes = await workbook(strings, `<row r="1">${cell('A1', 0)}${cell('B1', 29_999)}</row>`, true);
    const r = await extract(bytes, beside);
    assert.equal(r.limit, undefined);
    assert.deepEqual(r.segments.map((s) => s.text), ['stored string 0\tstored string 29999']);
  });

  it('a second <sst> inside the first continues the table, read first or beside', async () => {
    const bytes = await workbook(`<si><t>first</t></si><sst><si><t>second</t></si></sst>`, `<row r="1">${cell('A1', 0)}${cell('B1', 1)}</row>`);
    for (const over of [{}, beside]) assert.deepEqual((await extract(bytes, over)).segments.map((s) => s.text), ['first\tsecond']);
  });

  it('a cell naming a string the table lacks reads as empty, without waiting for one that never comes', async () => {
    const bytes = await workbook('<si><t>only</t></si>', `<row r="1">${cell('A1', 0)}${cell('B1', 999)}</row><row r="2">${cell('A2', 5)}</row>`);
    const r = await extract(bytes, beside);
    assert.equal(r.limit, undefined);
    assert.deepEqual(r.segments.map((s) => s.text), ['only']);
  });

  it('a table that breaks the text limit stops the file at it; what was read before is kept', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`row ${i} of the sheet`]);
    const bytes = await makeXlsx([{ name: 'S', rows }]);
    const r = await extract(bytes, { ...beside, maxTextChars: 40_000 });
    assert.equal(r.limit, 'text-limit');
    assert.ok(r.segments.length > 0 && r.segments.length < 5000, `${r.segments.length} rows read`);
    assert.equal(r.segments[0]?.text, 'row 0 of the sheet');
  });

  it('a table that is not XML makes the file not inspected, and the next file is read whole', async () => {
    const broken = await workbook('<si><t>fine</t></si><si><t>cut <<', `<row r="1">${cell('A1', 0)}${cell('B1', 1)}</row>`);
    assert.equal((await extract(broken, beside)).limit, 'corrupt');
    const good = await makeXlsx([{ name: 'S', rows: [['after', 'it']] }]);
    const next = await extract(good, beside);
    assert.equal(next.limit, undefined);
    assert.deepEqual(next.segments.map((s) => s.text), ['after\tit']);
  });

  it('a time limit ends the file with its helper, and the next file is read whole', async () => {
    const big = await makeXlsx([{ name: 'S', rows: Array.from({ length: 20_000 }, (_, i) => [`r${i}`, `v${i}`]) }]);
    assert.equal((await extract(big, { ...beside, extractTimeMs: 1 })).limit, 'time-limit');
    const small = await makeXlsx([{ name: 'S', rows: [['still', 'read']] }]);
    assert.deepEqual((await extract(small, beside)).segments.map((s) => s.text), ['still\tread']);
  });
});
