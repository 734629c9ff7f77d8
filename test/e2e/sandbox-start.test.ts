import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, spawnMain } from '../helpers/run-main.js';

// WARDEN_MODE=live without tokens: test/e2e/start-without-config.test.ts.

const LINE = /^Warden sandbox: open (http:\/\/127\.0\.0\.1:(\d+)\/) \(an emulated Webex org; nothing leaves this machine\)$/;

/** Starts main.ts as `npm start` does and resolves with its first stdout line. */
function startMain(env: Record<string, string>) {
  const child = spawnMain(env);
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      stdout += c;
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before the sandbox line: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, firstLine, exited, output: () => ({ stdout, stderr }) };
}

/** GET or POST with a chosen Host header (fetch does not let a caller set it). */
function request(url: string, options: { method?: string; host?: string; type?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: { ...(options.host ? { host: options.host } : {}), ...(options.type ? { 'content-type': options.type } : {}) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(options.method === 'POST' ? '{}' : undefined);
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

test('no Webex credential: npm start runs the sandbox, prints one line with its URL, listens on 127.0.0.1 only', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-data-'));
  const run = startMain(cleanEnv({ PORT: '0', DATA_DIR: dataDir }));
  try {
    const line = await run.firstLine;
    const [, url, port] = LINE.exec(line) ?? [];
    assert.ok(url && port, `unexpected start line: ${line}`);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Warden sandbox<\/title>/);
    const state = (await (await fetch(`${url}api/console/state?as=olga@acme.example`)).json()) as { rooms: Array<{ title: string }> };
    assert.deepEqual(state.rooms.map((r) => r.title), ['Compliance Alerts']);
    // No login: a page served under another name (DNS rebinding) or a cross-origin form cannot drive it.
    assert.equal(await request(url, { host: 'warden.attacker.example' }), 403);
    assert.equal(await request(`${url}api/console/reset`, { method: 'POST', type: 'text/plain' }), 415);
    // Another address of this machine, when it has one, is refused: the listener is loopback only.
    const other = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (other) assert.equal(await canConnect(other.address, Number(port)), false, `reachable on ${other.address}`);
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0);
    const { stdout, stderr } = run.output();
    assert.equal(stdout.trim().split('\n').length, 1, `one line only on stdout: ${stdout}`);
    assert.equal(stderr, '');
  } finally {
    run.child.kill('SIGKILL');
  }
});

test('WARDEN_MODE=sandbox (npm run sandbox) runs the sandbox even with Webex tokens configured', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-data-'));
  const run = startMain(cleanEnv({ WARDEN_MODE: 'sandbox', PORT: '0', DATA_DIR: dataDir, WEBEX_BOT_TOKEN: 'x', WEBEX_COMPLIANCE_TOKEN: 'y', WEBEX_API_URL: 'http://127.0.0.1:9/v1' }));
  try {
    assert.match(await run.firstLine, LINE);
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0);
  } finally {
    run.child.kill('SIGKILL');
  }
});
