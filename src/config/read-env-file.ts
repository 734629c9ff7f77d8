import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'dotenv';

/**
 * The process environment with a `.env` file's values beneath it: a variable set in the
 * environment wins over the file, as operators expect.
 */
export function mergeEnvFile(env: Readonly<Record<string, string | undefined>>, file = '.env'): Record<string, string | undefined> {
  if (!existsSync(file)) return { ...env };
  return { ...parse(readFileSync(file)), ...env };
}
