import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FILE_LIMITS } from '../../../src/files/limits.js';
import { createSegmentScanner } from '../../../src/files/scan-segments.js';
import { createBatchBuilder, packSegments, unpackBatch } from '../../../src/files/segment-batch.js';
import type { Segment } from '../../../src/files/types.js';
import type { Finding } from '../../../src/policies/types.js';

const segments: Segment[] = [
  { where: 'paragraph 1', text: 'nothing here' },
  { where: 'sheet "S", row 2', text: 'a\tSECRET-1\tc', parts: { label: 'sheet "S", cell ', starts: [0, 2, 11], names: ['A2', 'B2', 'C2'] } },
  { where: 'line 1', text: 'one\ntwo SECRET-2', parts: { label: 'line ', starts: [0, 4], names: ['1', '2'] } },
];

/** A rule that fires on SECRET-n, with the find as its evidence. */
const evaluate = (text: string): Finding[] => {
  const found = text.match(/SECRET-\d/g);
  return found ? [{ rule: 'secret', title: 'Secret', severity: 'high', evidence: found, excerpt: found[0] }] : [];
};

describe('segment batches (what the extraction worker posts)', () => {
  it('pack and unpack give the same segments, parts and all', () => {
    assert.deepEqual(unpackBatch(packSegments(segments)), segments);
  });

  it('the scanner names the cell and line of each find, across batches and chunks', async () => {
    const scanner = createSegmentScanner('f.xlsx', evaluate, { ...FILE_LIMITS, scanChunkChars: 16 });
    await scanner.add(packSegments(segments.slice(0, 2)));
    await scanner.add(packSegments(segments.slice(2)));
    const [finding] = scanner.finish();
    assert.deepEqual(finding?.evidence, ['SECRET-1', 'SECRET-2']);
    assert.deepEqual(finding?.places, [
      { file: 'f.xlsx', where: 'sheet "S", cell B2', excerpt: 'SECRET-1' },
      { file: 'f.xlsx', where: 'line 2', excerpt: 'SECRET-2' },
    ]);
  });

  it('names every find of a chunk, up to maxPlacesPerRule, first ones first', async () => {
    const rows: Segment[] = Array.from({ length: 40 }, (_, i) => ({ where: `row ${i + 1}`, text: [3, 17, 18, 33].includes(i) ? `SECRET-${i % 10}` : `plain ${i}` }));
    const scanner = createSegmentScanner('f.csv', evaluate, { ...FILE_LIMITS, maxPlacesPerRule: 3 });
    await scanner.add(packSegments(rows));
    const [finding] = scanner.finish();
    assert.deepEqual(finding?.places?.map((p) => p.where), ['row 4', 'row 18', 'row 19']);
  });

  it('a row written cell by cell is the segment add would make; a row of spaces leaves no trace', () => {
    const builder = createBatchBuilder();
    builder.add(segments[0]!);
    builder.open('sheet "S", row ', 7, 'sheet "S", cell ');
    builder.part('A7', '  ');
    builder.part('B7', '\u00a0');
    assert.equal(builder.close(), 0);
    builder.open('sheet "S", row ', 2, 'sheet "S", cell ');
    for (const [name, text] of [['A2', 'a'], ['B2', 'SECRET-1'], ['C2', 'c']] as const) builder.part(name, text);
    assert.equal(builder.close(), 'a\tSECRET-1\tc'.length);
    builder.add(segments[2]!);
    const { batch } = builder.build();
    assert.equal(batch.text, 'nothing here\na\tSECRET-1\tc\none\ntwo SECRET-2');
    assert.deepEqual(unpackBatch(batch), [segments[0], { ...segments[1], where: 'sheet "S", row 2' }, segments[2]]);
    assert.equal(builder.count, 0, 'the builder starts empty after a build');
  });
});
