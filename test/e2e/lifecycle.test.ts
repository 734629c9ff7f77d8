import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, STANDARD_TOKENS } from '../../src/emulator/types.js';
import { cleanEnv, collect, spawnMain } from '../helpers/run-main.js';
import { tempDataDir } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

test('npm start against the emulator: health 200, webhooks under PUBLIC_URL, and SIGTERM drains and exits 0', async (t) => {
  const emu = await startEmulator();
  t.after(() => emu.close());
  const port = await freePort();
  const metricsPort = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const child = spawnMain(
    cleanEnv({
      WEBEX_API_URL: emu.url,
      WEBEX_BOT_TOKEN: STANDARD_TOKENS.bot,
      WEBEX_COMPLIANCE_TOKEN: STANDARD_TOKENS.officer,
      OFFICER_EMAILS: STANDARD_EMAILS.officer,
      PUBLIC_URL: publicUrl,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      DATA_DIR: tempDataDir(),
    }),
  );
  const done = collect(child);
  t.after(() => child.kill('SIGKILL'));

  const health = await waitFor('health 200', async () => {
    const res = await fetch(`${publicUrl}/healthz`).catch(() => undefined);
    return res?.status === 200 ? ((await res.json()) as { status: string }) : undefined;
  }, 30_000);
  assert.equal(health.status, 'ok');
  const registered = emu.webhooks().filter((w) => w.targetUrl.startsWith(publicUrl));
  assert.equal(registered.length, 4);
  assert.ok(registered.every((w) => typeof w.secret === 'string' && w.secret.length >= 16), 'every webhook carries a secret');
  // /metrics on its own port, on loopback by default; not on the port Webex reaches.
  const scraped = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
  assert.equal(scraped.status, 200);
  assert.match(await scraped.text(), /^warden_inbox_depth /m);
  assert.equal((await fetch(`${publicUrl}/metrics`)).status, 404);

  child.kill('SIGTERM');
  const { code, stdout } = await done;
  assert.equal(code, 0);
  const messages = stdout.trim().split('\n').map((l) => (JSON.parse(l) as { message: string }).message);
  const at = (m: string) => messages.indexOf(m);
  const metricsLine = stdout.trim().split('\n').map((l) => JSON.parse(l) as { message: string; host?: string; port?: number }).find((l) => l.message === 'metrics listening');
  assert.deepEqual([metricsLine?.host, metricsLine?.port], ['127.0.0.1', metricsPort]);
  assert.ok(at('shutting down') >= 0 && at('warden stopped') > at('shutting down'), messages.join(' | '));
  for (const secret of [STANDARD_TOKENS.bot, STANDARD_TOKENS.officer]) assert.ok(!stdout.includes(secret));
});
