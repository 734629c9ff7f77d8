import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * The environment without any Warden variable, so a developer's shell cannot leak into a test.
 * The metrics port is any free one unless the test names it: the default (9464) would collide
 * between bots started side by side.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(WARDEN_MODE|WEBEX_|PUBLIC_URL|PORT|METRICS_|WEBHOOK_SECRET|OFFICER_EMAILS|DATA_DIR|POLICY_FILE|EVENTS_|RECORDINGS_|DRY_RUN|LOG_LEVEL|HYDRA_|U2C_)/.test(k)) env[k] = v;
  }
  return { ...env, METRICS_PORT: '0', ...extra };
}

/** Starts `src/main.ts` through tsx (`npm start` runs the same code built), in an empty working directory (no `.env`). */
export function spawnMain(env: Record<string, string>, cwd = mkdtempSync(path.join(tmpdir(), 'warden-main-'))) {
  return spawn(process.execPath, ['--import', tsx, path.join(repo, 'src/main.ts')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function collect(child: ReturnType<typeof spawnMain>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
