import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { loadConfig } from '../config/load-config.js';
import { openStore } from '../store/open-store.js';
import { createAuditRepo } from '../store/audit-repo.js';
import { EXPORT_FORMATS, exportAudit, type ExportFormat } from './export-audit.js';

const USAGE = 'usage: npm run audit:export -- --format csv|jsonl [--out FILE]';

export interface ExportRun {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

async function writeAll(out: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
}

function parse(args: readonly string[]): { format: ExportFormat; out: string | undefined } | string {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { format: { type: 'string' }, out: { type: 'string' } }, strict: true }));
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const format = EXPORT_FORMATS.find((f) => f === values.format);
  if (!format) return `--format must be one of ${EXPORT_FORMATS.join(', ')}`;
  return { format, out: values.out };
}

/**
 * The audit export: reads the store under DATA_DIR and writes every entry, oldest first, to
 * stdout or a file. Returns the exit code (0 done, 2 bad usage or configuration, 1 no store).
 */
export async function runExport(run: ExportRun): Promise<number> {
  const parsed = parse(run.args);
  if (typeof parsed === 'string') {
    run.stderr.write(`audit:export: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const { dataDir } = loadConfig(run.env);
  // Opening a missing store would create an empty one: an auditor would get a blank log instead of an error.
  if (dataDir !== ':memory:' && !existsSync(path.join(dataDir, 'warden.db'))) {
    run.stderr.write(`audit:export: no Warden database under DATA_DIR (${dataDir})\n`);
    return 1;
  }
  const store = openStore(dataDir);
  try {
    const out = parsed.out ? createWriteStream(parsed.out) : run.stdout;
    await writeAll(out, exportAudit(createAuditRepo(store).all(), parsed.format));
    if (parsed.out) {
      out.end();
      await once(out, 'finish');
    }
    return 0;
  } finally {
    store.close();
  }
}
