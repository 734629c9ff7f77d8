import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import { FILE_LIMITS } from '../../../src/files/limits.js';
import { runExtraction } from '../../../src/files/run-extraction.js';
import { createSegmentScanner } from '../../../src/files/scan-segments.js';
import { loadPolicyFile } from '../../../src/policies/load-policy-file.js';
import { createPolicyEngine } from '../../../src/policies/policy-engine.js';
import type { Enriched } from '../../../src/policies/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { makeXlsx } from '../../helpers/make-files.js';

const engine = createPolicyEngine(loadPolicyFile(DEFAULT_POLICY_FILE), { logger: captureLogs().logger });
const base: Enriched = { eventId: 'e', at: new Date().toISOString(), subject: { kind: 'message', key: 'message:m', messageId: 'm', roomId: 'r' } };

async function scan(bytes: Buffer, name: string) {
  const scanner = createSegmentScanner(name, (text) => engine.evaluate({ ...base, text }), FILE_LIMITS);
  const extracted = await runExtraction({ bytes, name }, FILE_LIMITS, (batch) => scanner.add(batch));
  assert.equal(extracted.limit, undefined);
  return scanner.finish();
}

/**
 * The detectors read at most 16 KiB of one text (their bound for a message); a file is far
 * longer, and every character of it must still be read, wherever a value sits.
 */
describe('long files are read to the end', () => {
  it('finds card numbers deep in a long CSV and inside a single 60 KiB line, naming each row', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `${i},order ${i},shipped to warehouse ${i % 17}`);
    rows[2500] = '2500,card 4111 1111 1111 1111,paid';
    rows[5990] = '5990,card 5500 0000 0000 0004,paid';
    rows[4000] = `4000,${'x'.repeat(60_000)} 378282246310005 ${'y'.repeat(100)}`;
    const found = await scan(Buffer.from(rows.join('\n')), 'orders.csv');
    const card = found.find((f) => f.rule === 'payment-card');
    assert.ok(card, 'the card rule fired');
    assert.equal(card.evidence.length, 3, card.evidence.join(', '));
    assert.deepEqual(card.places?.map((p) => p.where), ['row 2501', 'row 4001', 'row 5991']);
  });

  it('finds a card number in the last rows of a sheet of 20,000 rows', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`item ${i}`, `note ${i}`]);
    rows[19_998] = ['last', '4111-1111-1111-1111'];
    const found = await scan(await makeXlsx([{ name: 'Orders', rows }]), 'orders.xlsx');
    assert.deepEqual(found.find((f) => f.rule === 'payment-card')?.places?.map((p) => p.where), ['sheet "Orders", cell B19999']);
  });
});
