import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { openStore } from '../../src/store/open-store.js';
import { createSubscriptionsRepo } from '../../src/store/subscriptions-repo.js';
import { runBacklog } from './backlog.js';
import { formatDetectors, runDetectors } from './detectors.js';
import { checkFloors } from './floors.js';
import { botIngest, runIngest } from './ingest.js';
import { runFiles } from './files.js';
import { runLatency } from './latency.js';
import { machine } from './machine.js';
import { formatReport, type BenchReport } from './print-report.js';
import { BENCH_SECRET, spawnBot, type BotProcess } from './spawn-bot.js';

/**
 * `npm run bench`: backlog, ingest and latency (issue 6) against the emulator, on 127.0.0.1.
 * `--full` adds the latency run at the default 10 s poll interval (about two more minutes).
 * Writes bench/results/latest.json. `-- --backlog-only` runs the backlog alone and writes
 * bench/results/backlog-<build>.json; `-- --ingest-only` runs the ingest alone and prints it; `-- --files-only`
 * measures file contents (test/bench/files.ts) and writes bench/results/files.json. The bot runs from dist/ as `npm start` runs it (the npm
 * script builds first); `-- --tsx` runs its sources through tsx instead, as the tests do.
 * `-- --detectors-only` times the detectors on the worst messages we could make (in this
 * process, no emulator, a few seconds) and writes bench/results/detectors.json.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const full = process.argv.includes('--full');
const build = process.argv.includes('--tsx') ? 'tsx' : 'built';

function write(name: string, value: unknown): void {
  const dir = path.join(repo, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
}

async function backlogOnly(emu: Awaited<ReturnType<typeof startEmulator>>): Promise<void> {
  const { figures, bot } = await runBacklog(emu, { events: 20_000, spaces: 1_000, build });
  await bot.stop();
  write(`backlog-${build}.json`, { machine: machine(), build, backlog: figures });
  const { botEventsPerSecond, ratio, ratioToBareMinimum, callsPerEvent, callsOverMinimum, peakRssMb, alerts } = figures;
  process.stdout.write(`${JSON.stringify({ build, botEventsPerSecond, ratio, ratioToBareMinimum, callsPerEvent, callsOverMinimum, peakRssMb, alerts })}\n`);
}

/** The ingest run alone, against a bot with nothing to catch up on; prints its figures. */
async function ingestOnly(emu: Awaited<ReturnType<typeof startEmulator>>): Promise<void> {
  const bot = await spawnBot(emu, { dataDir: mkdtempSync(path.join(tmpdir(), 'warden-bench-')), pollSeconds: 1, backfillMinutes: 0, build });
  try {
    const ingest = await runIngest(emu, bot.url, BENCH_SECRET, 5_000, 32);
    const { ratio, ratioToBareExpress, bot: b, bare, bareExpress } = ingest;
    const side = (x: typeof b) => ({ perSecond: Math.round(x.answersPerSecond), p50Ms: +x.p50Ms.toFixed(1), p99Ms: +x.p99Ms.toFixed(1) });
    process.stdout.write(`${JSON.stringify({ build, ratio, ratioToBareExpress, bot: side(b), bare: side(bare), bareExpress: side(bareExpress) })}\n`);
  } finally {
    await bot.stop();
  }
}

/** A bot with nothing to catch up on, polling every `pollSeconds`, with its own database and subscribed alert space. */
async function settledBot(emu: Awaited<ReturnType<typeof startEmulator>>, pollSeconds: number): Promise<BotProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-bench-'));
  const room = emu.addRoom({ title: `Compliance alerts (${pollSeconds} s)`, creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  const store = openStore(dataDir);
  createSubscriptionsRepo(store).subscribe(room.id, 'low', STANDARD_EMAILS.officer);
  store.close();
  return spawnBot(emu, { dataDir, pollSeconds, backfillMinutes: 0, build });
}

async function withBot<T>(bot: BotProcess, fn: (bot: BotProcess) => Promise<T>): Promise<T> {
  try {
    return await fn(bot);
  } finally {
    await bot.stop();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--detectors-only')) {
    const detectors = runDetectors();
    write('detectors.json', { machine: machine(), detectors });
    process.stdout.write(`${formatDetectors(detectors)}\n\nwritten: bench/results/detectors.json\n`);
    return;
  }
  // First, while nothing else runs in this process: the detectors' own time, in this process.
  process.stdout.write('bench: detectors on their worst messages…\n');
  const detectors = runDetectors();
  const emu = await startEmulator({ port: 0, host: '127.0.0.1' });
  try {
    if (process.argv.includes('--backlog-only')) return await backlogOnly(emu);
    if (process.argv.includes('--ingest-only')) return await ingestOnly(emu);
    if (process.argv.includes('--files-only')) {
      const files = await runFiles(emu);
      write('files.json', { machine: machine(), files });
      process.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
      return;
    }
    process.stdout.write(`bench: backlog (seeding, bare pager, bot from ${build})…\n`);
    const { figures: backlog, bot } = await runBacklog(emu, { events: 20_000, spaces: 1_000, build });
    // The same load right after the backlog: each poll then re-reads an overlap full of its cards.
    process.stdout.write('bench: ingest right after the backlog…\n');
    const afterBacklog = await withBot(bot, (b) => botIngest(emu, b.url, BENCH_SECRET, 5_000, 32));
    process.stdout.write('bench: ingest and latency at 1 s, on a settled bot…\n');
    const { ingest, latency } = await withBot(await settledBot(emu, 1), async (b) => ({
      ingest: await runIngest(emu, b.url, BENCH_SECRET, 5_000, 32),
      latency: await runLatency(emu, 1, 20),
    }));
    const report: BenchReport = { machine: machine(), build, backlog, ingest: { ...ingest, afterBacklog }, latency: [latency], floors: [] };
    if (full) {
      process.stdout.write('bench: latency at 10 s…\n');
      report.latency.push(await withBot(await settledBot(emu, 10), () => runLatency(emu, 10, 20)));
    }
    report.floors = checkFloors(report.backlog, report.ingest, report.latency);
    write('latest.json', { ...report, detectors });
    process.stdout.write(`\n${formatReport(report)}\n\n${formatDetectors(detectors)}\n\nwritten: bench/results/latest.json\n`);
  } finally {
    await emu.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
