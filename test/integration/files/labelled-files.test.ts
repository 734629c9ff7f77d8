import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import { FILE_LIMITS } from '../../../src/files/limits.js';
import { runExtraction } from '../../../src/files/run-extraction.js';
import { scanSegments } from '../../../src/files/scan-segments.js';
import { createLogger } from '../../../src/log/logger.js';
import { loadPolicyFile } from '../../../src/policies/load-policy-file.js';
import { createPolicyEngine } from '../../../src/policies/policy-engine.js';
import type { Enriched } from '../../../src/policies/types.js';
import { makeDocx, makePdf, makePptx, makeXlsx, makeZip } from '../../helpers/make-files.js';

/** A labelled set of files, made here: each with the rules it must raise (none for look-alikes). */
async function labelledFiles(): Promise<Array<{ name: string; bytes: Buffer; rules: string[] }>> {
  const card = '5555 5555 5555 4444';
  const key = 'AKIAQ3EXAMPLEKEY7XYZ';
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP\n-----END RSA PRIVATE KEY-----';
  return [
    { name: 'notes.txt', bytes: Buffer.from(`call me\namex 3782 822463 10005\n`), rules: ['payment-card'] },
    { name: 'env.log', bytes: Buffer.from(`boot ok\nAWS_ACCESS_KEY_ID=${key}\n`), rules: ['credentials'] },
    { name: 'data.json', bytes: Buffer.from(JSON.stringify({ pan: '4012888888881881' })), rules: ['payment-card'] },
    { name: 'readme.md', bytes: Buffer.from(`# Deploy\n\n\`\`\`\n${pem}\n\`\`\`\n`), rules: ['credentials'] },
    { name: 'cards.tsv', bytes: Buffer.from(`name\tcard\nx\t${card}\n`), rules: ['payment-card'] },
    { name: 'both.docx', bytes: await makeDocx({ paragraphs: [`key ${key}`], tables: [[['c'], [card]]] }), rules: ['credentials', 'payment-card'] },
    { name: 'sheet.xlsx', bytes: await makeXlsx([{ name: 'A', rows: [['ok']] }, { name: 'B', rows: [['pan', '6011111111111117']] }]), rules: ['payment-card'] },
    { name: 'slides.pptx', bytes: await makePptx([['hello'], [`token ${key}`]]), rules: ['credentials'] },
    { name: 'scan.pdf', bytes: makePdf([['x'], [`card ${card}`]]), rules: ['payment-card'] },
    { name: 'nested.zip', bytes: await makeZip([{ name: 'in.zip', data: await makeZip([{ name: 'a.csv', data: `c\n${card}\n` }]) }]), rules: ['payment-card'] },
    // Look-alikes: Luhn failures, no network prefix, a mention of a key prefix, public keys, ids.
    { name: 'orders.txt', bytes: Buffer.from('order 4111 1111 1111 1112\nticket 9111111111111111\n'), rules: [] },
    { name: 'wiki.md', bytes: Buffer.from('AWS keys start with AKIA; never paste them.\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n'), rules: [] },
    { name: 'skus.xlsx', bytes: await makeXlsx([{ name: 'S', rows: [['1234-5678-9012-3456'], ['0044 7700 900123']] }]), rules: [] },
    { name: 'plain.docx', bytes: await makeDocx({ paragraphs: ['Meeting at 10:30, room 4111.'], tables: [[['id', '12345678901234']]] }), rules: [] },
    { name: 'report.pdf', bytes: makePdf([['Revenue 1,234,567,890,123'], ['Phone +1 415 555 0100']]), rules: [] },
  ];
}

test('detectors over a labelled set of files: precision and recall per rule', async () => {
  const engine = createPolicyEngine(loadPolicyFile(DEFAULT_POLICY_FILE), { logger: createLogger({ level: 'error' }) });
  const base: Enriched = { eventId: 'e', at: new Date().toISOString(), subject: { kind: 'message', key: 'message:m', messageId: 'm', roomId: 'r' } };
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (rule: string) => counts.get(rule) ?? counts.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule)!;
  for (const file of await labelledFiles()) {
    const extracted = await runExtraction({ bytes: file.bytes, name: file.name }, FILE_LIMITS);
    assert.equal(extracted.limit, undefined, `${file.name} was read whole`);
    const found = (await scanSegments(extracted.segments, file.name, (text) => engine.evaluate({ ...base, text }), FILE_LIMITS)).map((f) => f.rule);
    for (const rule of new Set([...found, ...file.rules])) {
      const c = count(rule);
      if (found.includes(rule) && file.rules.includes(rule)) c.tp += 1;
      else if (found.includes(rule)) c.fp += 1;
      else c.fn += 1;
    }
  }
  for (const [rule, c] of [...counts].sort()) {
    const precision = c.tp / Math.max(1, c.tp + c.fp);
    const recall = c.tp / Math.max(1, c.tp + c.fn);
    console.log(`files ${rule}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
    assert.equal(precision, 1, `${rule} precision`);
    assert.equal(recall, 1, `${rule} recall`);
  }
});
