import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, collect, spawnMain } from '../helpers/run-main.js';

test('WARDEN_MODE=live with no tokens prints one clear line and exits non-zero', async () => {
  const { code, stdout, stderr } = await collect(spawnMain(cleanEnv({ WARDEN_MODE: 'live' })));
  assert.notEqual(code, 0);
  assert.equal(stdout, '');
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got: ${stderr}`);
  assert.match(lines[0]!, /^warden: WEBEX_BOT_TOKEN is missing: set it to/);
});

test('a malformed variable is named with its remedy', async () => {
  const env = cleanEnv({ WEBEX_BOT_TOKEN: 'x', WEBEX_COMPLIANCE_TOKEN: 'y', PUBLIC_URL: 'https://w.example', PORT: 'http' });
  const { code, stderr } = await collect(spawnMain(env));
  assert.notEqual(code, 0);
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /^warden: PORT is invalid/);
  assert.ok(!stderr.includes('y\n') && !stderr.includes('WEBEX_COMPLIANCE_TOKEN'), 'no token in the message');
});

test('a malformed policy file stops the start with one line naming the rule and the problem', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-policy-'));
  const file = path.join(dir, 'policy.yaml');
  writeFileSync(file, 'version: 1\nrules:\n  credentials:\n    severty: high\n');
  const env = cleanEnv({ WEBEX_BOT_TOKEN: 'x', WEBEX_COMPLIANCE_TOKEN: 'y', PUBLIC_URL: 'https://w.example', POLICY_FILE: file, DATA_DIR: dir });
  const { code, stderr } = await collect(spawnMain(env));
  assert.equal(code, 2);
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.match(stderr, /^warden: .*credentials.*unknown key "severty"/);
});

test('a DATA_DIR that cannot hold the database, or a PORT in use, stops the start with one line', async () => {
  const base = cleanEnv({ WEBEX_BOT_TOKEN: 'x', WEBEX_COMPLIANCE_TOKEN: 'y', PUBLIC_URL: 'https://w.example', WEBEX_API_URL: 'http://127.0.0.1:9/v1' });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warden-file-')), 'not-a-dir');
  writeFileSync(file, 'x');
  const bad = await collect(spawnMain({ ...base, DATA_DIR: path.join(file, 'data') }));
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^warden: DATA_DIR cannot hold the database \(\w+\): set it to a writable directory\n$/);

  const blocker = http.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  try {
    const port = String((blocker.address() as AddressInfo).port);
    const busy = await collect(spawnMain({ ...base, PORT: port, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'warden-data-')) }));
    assert.equal(busy.code, 2);
    assert.match(busy.stderr, new RegExp(`^warden: PORT ${port} cannot be used \\(EADDRINUSE\\)`));
  } finally {
    blocker.close();
  }
});

test('with only the integration\'s id and secret and nobody signed in, the start names `npm run authorize` in one line', async () => {
  const env = cleanEnv({
    WEBEX_BOT_TOKEN: 'x', WEBEX_CLIENT_ID: 'id', WEBEX_CLIENT_SECRET: 'integration-secret-1', PUBLIC_URL: 'https://w.example',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'warden-data-')), WEBEX_API_URL: 'http://127.0.0.1:9/v1',
  });
  const { code, stderr } = await collect(spawnMain(env));
  assert.equal(code, 2);
  assert.match(stderr, /^warden: WEBEX_COMPLIANCE_REFRESH_TOKEN is missing and no officer has signed in .*: run `npm run authorize`\n$/);
  assert.ok(!stderr.includes('integration-secret-1'));
});
