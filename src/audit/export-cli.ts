import { mergeEnvFile } from '../config/read-env-file.js';
import { isWardenError } from '../errors.js';
import { runExport } from './run-export.js';

/**
 * `npm run audit:export -- --format csv|jsonl [--out FILE]`: the audit log for auditors, from the
 * store under DATA_DIR (environment or .env). A CLI, so it writes to stdout and stderr itself.
 */
try {
  process.exitCode = await runExport({ args: process.argv.slice(2), env: mergeEnvFile(process.env), stdout: process.stdout, stderr: process.stderr });
} catch (err) {
  process.stderr.write(`audit:export: ${isWardenError(err) || err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = isWardenError(err) ? 2 : 1;
}
