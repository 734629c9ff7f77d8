import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, collect, spawnMain } from '../helpers/run-main.js';

test('npm start with no tokens prints one clear line and exits non-zero', async () => {
  const { code, stdout, stderr } = await collect(spawnMain(cleanEnv()));
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
