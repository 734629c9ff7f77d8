/**
 * Measures the sandbox as a newcomer meets it (not a test: no assertion, nothing timed in CI).
 *
 *   npm run build && npx tsx test/tools/sandbox-timings.ts
 *
 * 1. Start to first page: `node dist/src/main.js` (what `npm start` runs after its build) with an
 *    empty DATA_DIR, from spawn until GET / has answered 200 and the console script has loaded;
 *    three fresh starts and one restart (saved world), medians printed.
 * 2. Send to card visible: in headless Chromium, Alice sends a card number in Sales Team on one
 *    page; the time until the alert card with its last four digits is drawn in Compliance Alerts
 *    on Olga's page; 10 tries, p50 and max printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

async function startBuilt(dataDir: string): Promise<{ url: string; ms: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', DATA_DIR: dataDir };
  const child = spawn(process.execPath, [path.join(root, 'dist/src/main.js')], { cwd: dataDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited ${code}`)));
  });
  const page = await fetch(url);
  await page.text();
  await (await fetch(`${url}console/console.js`)).text();
  const ms = performance.now() - started;
  const exited = new Promise((r) => child.once('exit', r));
  return { url, ms, stop: async () => void (child.kill('SIGTERM'), await exited) };
}

/** A Visa-prefixed 16-digit number that passes the Luhn check, ending in `last4`-ish digits. */
function cardNumber(seed: number): string {
  const body = `4${String(100_000_000_000_00 + seed * 7_919).padStart(14, '0').slice(-14)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  const full = body + String((10 - (sum % 10)) % 10);
  return full.replace(/(\d{4})(?=\d)/g, '$1 ');
}

async function sendToCard(url: string, tries: number): Promise<number[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'warden-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const alice = context.pages()[0] ?? (await context.newPage());
    const olga = await context.newPage();
    for (const [page, who, space] of [[alice, 'Alice Archer', 'Sales Team'], [olga, 'Olga Officer (officer)', 'Compliance Alerts']] as const) {
      await page.goto(url);
      await page.getByLabel('Post as').selectOption({ label: who });
      await page.getByRole('navigation').getByRole('button', { name: space, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: space, exact: true }).waitFor();
    }
    const times: number[] = [];
    for (let i = 0; i < tries; i++) {
      const number = cardNumber(i + 1);
      const last4 = number.slice(-4);
      await alice.getByLabel('Message', { exact: true }).fill(`try ${i}: ${number}`);
      const t0 = Date.now();
      await alice.getByRole('button', { name: 'Send', exact: true }).click();
      // Drawn: the card's text holds the last four digits and its buttons are rendered.
      await olga.getByRole('group', { name: 'Adaptive Card' }).filter({ hasText: `•••• ${last4}` }).getByRole('button', { name: 'Dismiss' }).waitFor({ timeout: 30_000 });
      times.push(Date.now() - t0);
    }
    return times;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const starts: number[] = [];
let keep: { dir: string; url: string; stop: () => Promise<void> } | undefined;
for (let i = 0; i < 3; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-sandbox-'));
  const s = await startBuilt(dir);
  starts.push(s.ms);
  await s.stop();
  if (i < 2) rmSync(dir, { recursive: true, force: true });
  else keep = { dir, url: s.url, stop: s.stop };
}
const again = await startBuilt(keep!.dir);
console.log(`start to first page, fresh: median ${median(starts).toFixed(0)} ms (${starts.map((m) => m.toFixed(0)).join(', ')}); restart with the saved world: ${again.ms.toFixed(0)} ms`);
const times = await sendToCard(again.url, 10);
console.log(`Send to card visible: p50 ${median(times)} ms, max ${Math.max(...times)} ms over ${times.length} tries (${times.join(', ')})`);
await again.stop();
rmSync(keep!.dir, { recursive: true, force: true });
