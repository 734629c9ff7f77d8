import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanEnv, spawnMain } from '../helpers/run-main.js';
import { STANDARD_EMAILS, STANDARD_TOKENS, type Emulator } from '../../src/emulator/types.js';
import { freePort } from './free-port.js';
import { waitUntil } from './wait-until.js';

export const BENCH_SECRET = 'bench-webhook-secret-0123456789';

export interface BotProcess {
  readonly url: string;
  readonly pid: number;
  readonly dataDir: string;
  /** GET /healthz's JSON (inboxDepth, lastEventAt, …), or undefined when it does not answer. */
  health(): Promise<Record<string, unknown> | undefined>;
  /** The child's peak resident set (VmHWM), in MiB: Linux only, NaN elsewhere. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function vmHwmMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * How the bot is started. `built` (the default) runs dist/src/main.js as `npm start` does
 * (`npm run bench` builds first); `tsx` runs the sources as the tests do. BENCH_BOT_ARGS adds
 * node flags to the bot's process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
export type BotBuild = 'tsx' | 'built';

function startChild(env: Record<string, string>, build: BotBuild): ChildProcess {
  const extra = (process.env['BENCH_BOT_ARGS'] ?? '').split(' ').filter((a) => a !== '');
  if (build === 'tsx' && extra.length === 0) return spawnMain(env);
  const cwd = mkdtempSync(path.join(tmpdir(), 'warden-main-'));
  if (build === 'built') {
    return spawn(process.execPath, [...extra, path.join(repo, 'dist/src/main.js')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  return spawn(process.execPath, [...extra, '--import', tsx, path.join(repo, 'src/main.ts')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/**
 * Starts the bot as `npm start` does (dist/src/main.js in its own process, so its memory is its own)
 * against the emulator, and waits until /healthz answers 200.
 */
export async function spawnBot(
  emu: Emulator,
  options: { dataDir: string; pollSeconds: number; backfillMinutes: number; build?: BotBuild },
): Promise<BotProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startChild(
    cleanEnv({
      WEBEX_BOT_TOKEN: STANDARD_TOKENS.bot,
      WEBEX_COMPLIANCE_TOKEN: STANDARD_TOKENS.officer,
      WEBEX_API_URL: emu.url,
      PUBLIC_URL: url,
      PORT: String(port),
      OFFICER_EMAILS: STANDARD_EMAILS.officer,
      WEBHOOK_SECRET: BENCH_SECRET,
      DATA_DIR: options.dataDir,
      EVENTS_POLL_SECONDS: String(options.pollSeconds),
      EVENTS_BACKFILL_MINUTES: String(options.backfillMinutes),
      LOG_LEVEL: 'warn',
    }),
    options.build ?? 'built',
  );
  let stderr = '';
  // BENCH_BOT_STDOUT=file keeps the bot's stdout (with BENCH_BOT_ARGS=--trace-gc, its heap over time).
  const keep = process.env['BENCH_BOT_STDOUT'];
  if (keep && child.stdout) child.stdout.pipe(createWriteStream(keep));
  else child.stdout?.resume();
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const pid = child.pid ?? -1;
  const health = async (): Promise<Record<string, unknown> | undefined> => {
    try {
      const res = await fetch(`${url}/healthz`);
      return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  await waitUntil('the bot to answer /healthz', async () => {
    if (child.exitCode !== null) throw new Error(`bench: the bot exited (${child.exitCode}): ${stderr}`);
    return health();
  }, 60_000);
  return {
    url,
    pid,
    dataDir: options.dataDir,
    health,
    peakRssMb: () => vmHwmMb(pid),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
