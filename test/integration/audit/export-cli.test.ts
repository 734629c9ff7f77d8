import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import type { AuditRecord } from '../../../src/audit/types.js';
import { withEmulator } from '../../helpers/emulator.js';
import { cleanEnv } from '../../helpers/run-main.js';
import { NOT_OFFICER, OFFICER, OFFICER2, actionWorld, cardNumberAlert, externalMemberAlert, press } from '../actions/action-world.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs the export as `npm run audit:export -- …` does, in an empty directory (no .env). */
function runExportCli(args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'warden-export-cwd-'));
  const child = spawn(process.execPath, ['--import', tsx, path.join(repo, 'src/audit/export-cli.ts'), ...args], {
    cwd,
    env: cleanEnv({ DATA_DIR: dataDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Every kind of press the issue lists, into one store on disk. */
async function pressEverything(dataDir: string): Promise<AuditRecord[]> {
  return withEmulator(async (emu) => {
    const world = actionWorld(emu, { dataDir });
    const [a, b, c, d, e] = [await cardNumberAlert(emu, world), await cardNumberAlert(emu, world), await cardNumberAlert(emu, world), await cardNumberAlert(emu, world), await cardNumberAlert(emu, world)];
    const member = await externalMemberAlert(emu, world);
    const go = (who: string, alert: { alertId: string; cardId: string }, verb: string, handler = world.handler) =>
      press(emu, handler, who, alert.cardId, { alertId: alert.alertId, verb });
    await go(OFFICER, a, 'delete-message');
    await go(OFFICER2, a, 'dismiss');
    await go(NOT_OFFICER, b, 'delete-message');
    await press(emu, world.handler, OFFICER, b.cardId, { alertId: c.alertId, verb: 'delete-message' });
    await go(OFFICER, member, 'remove-member');
    await go(OFFICER, b, 'dismiss');
    emu.deleteMessage(STANDARD_EMAILS.alice, c.messageId);
    await go(OFFICER, c, 'delete-message');
    emu.fault({ method: 'DELETE', path: /^\/messages\//, status: 503, times: 50 });
    await go(OFFICER, d, 'delete-message');
    emu.clearFaults();
    await go(OFFICER, e, 'delete-message', world.handlerWith({ dryRun: true }));
    const records = [...world.audit.all()];
    world.store.close();
    return records;
  });
}

test('the audit export (CSV and JSON lines) lists every press: done, refused, already handled, gone, failed, dry run', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-export-'));
  try {
    const records = await pressEverything(dataDir);
    const outcomes = new Set(records.map((r) => r.outcome));
    for (const o of ['deleted', 'removed', 'dismissed', 'already-gone', 'already-handled', 'refused', 'failed', 'dry-run']) assert.ok(outcomes.has(o as never), o);

    const csv = await runExportCli(['--format', 'csv'], dataDir);
    assert.equal(csv.code, 0, csv.stderr);
    const csvLines = csv.stdout.split('\r\n').filter((l) => l !== '');
    assert.equal(csvLines.length, records.length + 1);
    for (const [i, r] of records.entries()) {
      assert.ok(csvLines[i + 1]!.includes(r.actionId!), `row ${i} is ${r.actionId}`);
      assert.ok(csvLines[i + 1]!.includes(`,${r.outcome},`));
    }

    const out = path.join(dataDir, 'audit.jsonl');
    const jsonl = await runExportCli(['--format', 'jsonl', '--out', out], dataDir);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    assert.equal(jsonl.stdout, '');
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditRecord & { at: string });
    assert.deepEqual(lines.map((l) => [l.actionId, l.outcome, l.actorEmail, l.dryRun]), records.map((r) => [r.actionId, r.outcome, r.actorEmail, r.dryRun]));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the export refuses a bad format, and a DATA_DIR without a database, with a clear line', async () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'warden-export-empty-'));
  try {
    const bad = await runExportCli(['--format', 'xml'], empty);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be one of csv, jsonl/);
    const missing = await runExportCli(['--format', 'csv'], empty);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no Warden database/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
