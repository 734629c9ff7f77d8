import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Emulator } from '../../src/emulator/types.js';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { openStore } from '../../src/store/open-store.js';
import { createSubscriptionsRepo } from '../../src/store/subscriptions-repo.js';
import { makeDocx, makePdf, makeXlsx, makeZipBomb } from '../helpers/make-files.js';
import { docxAlone, pdfAlone, xlsxAlone } from './libraries-alone.js';
import { seededRandom } from './seeded-random.js';
import { spawnBot } from './spawn-bot.js';
import { waitUntil } from './wait-until.js';

/**
 * `npm run bench -- --files-only` (issue 13): text extracted and scanned per second for a 10 MB
 * XLSX, DOCX and PDF, beside the extraction libraries alone on the same file; the event loop's
 * longest stall meanwhile; a zip bomb's refusal; the bot's peak RSS while it scans a 25 MiB XLSX.
 * Warden's code is the build (dist/), as `npm start` runs it.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MB = 1024 * 1024;
const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');

function words(random: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `${WORDS[Math.floor(random() * WORDS.length)]}${Math.floor(random() * 1e6)} `;
  return out;
}

async function xlsxOf(bytes: number, lastRow?: string[]): Promise<Buffer> {
  const random = seededRandom(13);
  const rows = Array.from({ length: Math.round(bytes / 47) }, () => [words(random, 2), words(random, 3), String(Math.floor(random() * 1e9))]);
  if (lastRow) rows[rows.length - 1] = lastRow;
  return makeXlsx([{ name: 'Data', rows: rows.slice(0, rows.length / 2) }, { name: 'More', rows: rows.slice(rows.length / 2) }]);
}

async function docxOf(bytes: number): Promise<Buffer> {
  const random = seededRandom(14);
  return makeDocx({ paragraphs: Array.from({ length: Math.round(bytes / 60) }, () => words(random, 12)), tables: [Array.from({ length: 2000 }, () => [words(random, 2), words(random, 2)])] });
}

function pdfOf(bytes: number): Buffer {
  const random = seededRandom(15);
  return makePdf(Array.from({ length: Math.round(bytes / 4400) }, () => Array.from({ length: 40 }, () => words(random, 6))));
}

interface Built {
  runExtraction: typeof import('../../src/files/run-extraction.js').runExtraction;
  createSegmentScanner: typeof import('../../src/files/scan-segments.js').createSegmentScanner;
  FILE_LIMITS: typeof import('../../src/files/limits.js').FILE_LIMITS;
  evaluate: (text: string) => ReturnType<import('../../src/policies/policy-engine.js').PolicyEngine['evaluate']>;
}

async function built(): Promise<Built> {
  const dist = (p: string) => import(pathToFileURL(path.join(repo, 'dist/src', p)).href);
  const [{ runExtraction }, { createSegmentScanner }, { FILE_LIMITS }, { createPolicyEngine }, { loadPolicyFile }, { DEFAULT_POLICY_FILE }, { createLogger }] = await Promise.all([
    dist('files/run-extraction.js'), dist('files/scan-segments.js'), dist('files/limits.js'), dist('policies/policy-engine.js'),
    dist('policies/load-policy-file.js'), dist('config/load-config.js'), dist('log/logger.js'),
  ]);
  const engine = createPolicyEngine(loadPolicyFile(DEFAULT_POLICY_FILE), { logger: createLogger({ level: 'error' }) });
  const base = { eventId: 'bench', at: new Date().toISOString(), subject: { kind: 'message', key: 'message:b', messageId: 'b', roomId: 'r' } };
  return { runExtraction, createSegmentScanner, FILE_LIMITS, evaluate: (text) => engine.evaluate({ ...base, text }) };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * One run of Warden on the file as the bot reads it: the worker's batches scanned as they come,
 * the event loop's longest stall meanwhile. Returns the characters of text it extracted.
 */
async function wardenRun(b: Built, kind: string, file: Buffer, limits: import('../../src/files/limits.js').FileLimits) {
  const bytes = Buffer.from(file);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const run = await timed(async () => {
    const scanner = b.createSegmentScanner(`bench.${kind}`, b.evaluate, limits);
    let chars = 0;
    // The bot hands the download's memory to the worker; so does this run, with a copy of its own.
    const extracted = await b.runExtraction({ bytes, name: `bench.${kind}`, handOver: true }, limits, async (batch) => {
      chars += batch.text.length - (batch.ends.length - 1);
      await scanner.add(batch);
    });
    if (extracted.limit) throw new Error(`bench: the ${kind} was not inspected (${extracted.limit})`);
    scanner.finish();
    return chars;
  });
  delay.disable();
  return { chars: run.value, seconds: run.seconds, stallMs: delay.max / 1e6 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Warden beside the library alone on the same file, `runs` times each, alternating, medians
 * compared, and each run's pair to show the spread. The ratio is of speeds over the same text
 * (Warden's, the text of the cells, paragraphs and pages), which is the ratio of the two times.
 */
async function throughput(b: Built, kind: string, file: Buffer, alone: (bytes: Buffer) => Promise<number>, runs: number) {
  // Speed is measured here, not the time limit: a 10 MB PDF of dense text takes pdf.js longer
  // than extractTimeMs on this machine, in more pages than maxPdfPages (the bot would call it not inspected).
  const limits = { ...b.FILE_LIMITS, extractTimeMs: 900_000, maxPdfPages: 10_000 };
  process.stdout.write(`bench files: ${kind} (${(file.length / MB).toFixed(1)} MB), ${runs} run(s) each…\n`);
  const lib: number[] = [];
  const warden: Array<Awaited<ReturnType<typeof wardenRun>>> = [];
  for (let i = 0; i < runs; i++) {
    lib.push((await timed(() => alone(file))).seconds);
    warden.push(await wardenRun(b, kind, file, limits));
  }
  const textMb = warden[0]!.chars / MB;
  const libSeconds = median(lib);
  const wardenSeconds = median(warden.map((w) => w.seconds));
  return {
    kind,
    fileMb: +(file.length / MB).toFixed(1),
    textMb: +textMb.toFixed(1),
    runs,
    librarySeconds: +libSeconds.toFixed(2),
    wardenSeconds: +wardenSeconds.toFixed(2),
    libraryMbPerSecond: +(textMb / libSeconds).toFixed(2),
    wardenMbPerSecond: +(textMb / wardenSeconds).toFixed(2),
    ratio: +(libSeconds / wardenSeconds).toFixed(2),
    // Each run's ratio beside the library's run before it: how far one run strays from the median.
    runRatios: lib.map((l, i) => +(l / warden[i]!.seconds).toFixed(2)),
    maxEventLoopDelayMs: +Math.max(...warden.map((w) => w.stallMs)).toFixed(1),
  };
}

async function bombRefusal(b: Built) {
  const bomb = await makeZipBomb();
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const run = await timed(() => b.runExtraction({ bytes: bomb, name: 'bomb.zip' }, b.FILE_LIMITS));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { bombKiB: +(bomb.length / 1024).toFixed(1), inflatesToGiB: 1, refusedAs: run.value.limit, seconds: +run.seconds.toFixed(3), rssGrowthMb: +((peak - before) / MB).toFixed(1) };
}

/** The bot (built, as `npm start`) scanning a 25 MiB XLSX posted in a space: its peak RSS (VmHWM). */
async function botPeakRss(emu: Emulator) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-bench-files-'));
  const alerts = emu.addRoom({ title: 'Compliance alerts (files)', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  const store = openStore(dataDir);
  createSubscriptionsRepo(store).subscribe(alerts.id, 'low', STANDARD_EMAILS.officer);
  store.close();
  const bot = await spawnBot(emu, { dataDir, pollSeconds: 1, backfillMinutes: 0, build: 'built' });
  try {
    await new Promise((r) => setTimeout(r, 3_000));
    const settledMb = bot.peakRssMb();
    const xlsx = await xlsxOf(25 * MB, ['card on file', '4111 1111 1111 1111', 'paid']);
    const url = emu.addFile({ name: 'big.xlsx', bytes: Buffer.concat([xlsx]) });
    const room = emu.addRoom({ title: 'Big files', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
    const posted = Date.now();
    emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: 'the export', files: [url] });
    // The alert for the number in the last row proves the whole workbook was read and scanned.
    await waitUntil('the alert for the card in the workbook\'s last row', () => emu.messagesIn(alerts.id).some((m) => /big\.xlsx/.test(JSON.stringify(m))), 300_000, 500);
    return { xlsxMiB: +(xlsx.length / MB).toFixed(1), postToAlertSeconds: +((Date.now() - posted) / 1000).toFixed(1), settledPeakRssMb: settledMb, peakRssMb: bot.peakRssMb() };
  } finally {
    await bot.stop();
  }
}

export async function runFiles(emu: Emulator) {
  const b = await built();
  const xlsx = await xlsxOf(10 * MB);
  const docx = await docxOf(10 * MB);
  const pdf = pdfOf(10 * MB);
  // Five alternating runs of each OOXML kind: on a shared 2-core machine one run can be 15% off.
  const rows = [await throughput(b, 'xlsx', xlsx, xlsxAlone, 5), await throughput(b, 'docx', docx, docxAlone, 5), await throughput(b, 'pdf', pdf, pdfAlone, 1)];
  const bomb = await bombRefusal(b);
  const rss = await botPeakRss(emu);
  return { throughput: rows, bomb, rss };
}
