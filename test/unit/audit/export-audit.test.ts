import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportAudit } from '../../../src/audit/export-audit.js';
import type { AuditRecord } from '../../../src/audit/types.js';
import { sampleEntry } from './sample-entry.js';

const records: AuditRecord[] = [
  { id: 1, ...sampleEntry({ detail: 'said "no", twice,\nthen left' }) },
  { id: 2, ...sampleEntry({ outcome: 'refused', verb: '=HYPERLINK("http://x")', alertId: undefined, rule: undefined, target: undefined }) },
  { id: 3, ...sampleEntry({ outcome: 'dry-run', dryRun: true }) },
];

/** A small RFC 4180 reader, to read the export back as a spreadsheet would. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

test('CSV: a header, one row per entry, fields with quotes, commas and line breaks survive a round trip', () => {
  const rows = readCsv([...exportAudit(records, 'csv')].join(''));
  assert.equal(rows.length, 4);
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  assert.deepEqual(rows.slice(1).map((r) => r[col('action_id')]), records.map((r) => r.actionId));
  assert.equal(rows[1]![col('detail')], 'said "no", twice,\nthen left');
  assert.equal(rows[1]![col('at')], new Date(records[0]!.at).toISOString());
  assert.deepEqual(JSON.parse(rows[1]![col('target')]!), records[0]!.target);
  assert.deepEqual(rows.slice(1).map((r) => r[col('dry_run')]), ['false', 'false', 'true']);
  assert.ok(rows.every((r) => r.length === header.length));
});

test('CSV: a value a spreadsheet would run as a formula is neutralised', () => {
  const rows = readCsv([...exportAudit(records, 'csv')].join(''));
  const verb = rows[2]![rows[0]!.indexOf('verb')]!;
  assert.ok(!verb.startsWith('='), verb);
  assert.ok(verb.includes('HYPERLINK'), 'the value is still there to read');
});

test('JSON lines: one object per entry, parseable line by line, with ISO times', () => {
  const lines = [...exportAudit(records, 'jsonl')].join('').split('\n').filter((l) => l !== '');
  assert.equal(lines.length, records.length);
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(parsed.map((p) => p['actionId']), records.map((r) => r.actionId));
  assert.equal(parsed[0]!['detail'], records[0]!.detail);
  assert.equal(parsed[2]!['dryRun'], true);
  assert.equal(parsed[0]!['at'], new Date(records[0]!.at).toISOString());
});

test('an empty log exports a header only (CSV) or nothing (JSON lines)', () => {
  assert.equal([...exportAudit([], 'csv')].length, 1);
  assert.equal([...exportAudit([], 'jsonl')].length, 0);
});
