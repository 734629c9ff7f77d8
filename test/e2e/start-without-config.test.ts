import { test } from 'node:test';
import assert from 'node:assert/strict';
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
