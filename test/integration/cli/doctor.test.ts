import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../src/emulator/index.js';
import { STANDARD_EMAILS, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/types.js';
import { runDoctor } from '../../../src/cli/run-doctor.js';
import { orgWebhookSpecs } from '../../../src/webex/org-webhook-specs.js';
import { freePort } from '../../bench/free-port.js';
import { callApi } from '../../helpers/emulator.js';
import { authorize, sink } from '../../helpers/run-cli.js';
import { tempDataDir } from '../../helpers/start-app.js';

const { officer } = STANDARD_EMAILS;
const CLIENT = { clientId: 'doctor-integration', clientSecret: 'doctor-client-secret-51aa' };
const PUBLIC_URL = 'https://warden.example.com';
const SECRET = 'doctor-webhook-secret-0123456789';
let emu: Emulator;
let good: Record<string, string>;

/** Every check's id in the order the doctor prints them, for the good setup. */
const ORDER = [
  'WEBEX_BOT_TOKEN', 'compliance credential', 'OFFICER_EMAILS', 'WEBHOOK_SECRET', 'bot token', 'compliance person',
  'compliance role', 'rooms read', 'memberships read', 'recording report', `officer ${officer}`, 'PUBLIC_URL',
  'webhook bot all/all', 'webhook bot attachmentActions/created', 'webhook warden:org:rooms', 'webhook warden:org:messages',
  'DATA_DIR', 'POLICY_FILE',
];

interface Line { id: string; status: string; detail: string; remedy?: string }

async function doctor(env: Record<string, string>, args: string[] = []) {
  const out = sink();
  const err = sink();
  const code = await runDoctor({ args, env, stdout: out.stream, stderr: err.stream });
  return { code, text: out.text(), stderr: err.text() };
}

async function doctorJson(env: Record<string, string>): Promise<{ code: number; lines: Line[]; raw: string }> {
  const out = sink();
  const code = await runDoctor({ args: ['--json'], env, stdout: out.stream, stderr: sink().stream });
  return { code, lines: (JSON.parse(out.text()) as { checks: Line[] }).checks, raw: out.text() };
}

const line = (lines: Line[], id: string): Line => {
  const found = lines.find((l) => l.id === id);
  assert.ok(found, `a line for ${id}`);
  return found;
};

const SECRETS = [STANDARD_TOKENS.bot, STANDARD_TOKENS.officer, STANDARD_TOKENS.alice, CLIENT.clientSecret, SECRET, 'emu-rt-', 'emu-at-'];
const noSecretIn = (text: string): void => {
  for (const s of SECRETS) assert.ok(!text.includes(s), `the output holds no ${s.slice(0, 8)}…`);
};

before(async () => {
  emu = await startEmulator({ port: 0 });
  emu.setFileDlp(emu.mainOrg.id, true);
  const redirect = `http://localhost:${await freePort()}/callback`;
  emu.addOAuthClient({ ...CLIENT, redirectUris: [redirect] });
  emu.consentAs(officer);
  const dataDir = tempDataDir();
  const signIn = await authorize({
    WEBEX_API_URL: emu.url, WEBEX_AUTHORIZE_URL: `${emu.url}/authorize`, WEBEX_CLIENT_ID: CLIENT.clientId,
    WEBEX_CLIENT_SECRET: CLIENT.clientSecret, OAUTH_REDIRECT_URI: redirect, OFFICER_EMAILS: officer, DATA_DIR: dataDir,
  });
  assert.equal(signIn.code, 0, signIn.stderr);
  // The webhooks Warden registers at start under PUBLIC_URL: the framework's two, and the org-wide ones.
  for (const [resource, event] of [['all', 'all'], ['attachmentActions', 'created']]) {
    const r = await callApi(emu, STANDARD_TOKENS.bot, 'POST', '/webhooks', { name: 'framework-name', targetUrl: `${PUBLIC_URL}/webhooks/bot`, resource, event, secret: SECRET });
    assert.equal(r.status, 200);
  }
  for (const spec of orgWebhookSpecs(PUBLIC_URL)) {
    const r = await callApi(emu, STANDARD_TOKENS.officer, 'POST', '/webhooks', { ...spec, secret: SECRET });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  }
  good = {
    WEBEX_BOT_TOKEN: STANDARD_TOKENS.bot, WEBEX_CLIENT_ID: CLIENT.clientId, WEBEX_CLIENT_SECRET: CLIENT.clientSecret,
    WEBEX_API_URL: emu.url, PUBLIC_URL, OFFICER_EMAILS: officer, WEBHOOK_SECRET: SECRET, DATA_DIR: dataDir,
  };
});
after(() => emu.close());
beforeEach(() => emu.resetCalls());

test('a good setup: every check ok, in the fixed order, exit 0, only reads made and no secret printed', async () => {
  const { code, text, stderr } = await doctor(good);
  assert.equal(code, 0, text);
  const rows = text.trim().split('\n');
  assert.equal(rows.at(-1), `${ORDER.length} ok, 0 warn, 0 fail`);
  const ids = rows.slice(0, ORDER.length).map((r) => r.slice(6).split('  ')[0]!.trim());
  assert.deepEqual(ids, ORDER);
  assert.ok(rows.slice(0, ORDER.length).every((r) => r.startsWith('ok    ')), text);
  assert.match(text, /compliance credential\s+signed in as officer@acme\.example; the refresh token expires .* \(in (89|90) days\)/);
  assert.match(text, /bot token\s+Warden <warden@webex\.bot> is a bot/);
  noSecretIn(text + stderr);

  // Read-only: GETs only, beside the refresh grant that turns the stored sign-in into an access token.
  const writes = emu.calls.filter((c) => c.method !== 'GET' && !(c.method === 'POST' && c.path === '/access_token'));
  assert.deepEqual(writes.map((c) => `${c.method} ${c.path}`), []);
  assert.ok(emu.callsTo('GET', '/events').some((c) => c.query.max === '1'));
  assert.ok(emu.callsTo('GET', '/people').some((c) => c.query.email === officer));
  assert.equal(emu.webhooks().length, 4, 'no webhook created or deleted');
});

test('--json prints the same checks', async () => {
  const { code, lines, raw } = await doctorJson(good);
  assert.equal(code, 0);
  assert.deepEqual(lines.map((l) => l.id), ORDER);
  assert.ok(lines.every((l) => l.status === 'ok'));
  noSecretIn(raw);
});

test('a user token as the bot token fails the bot check', async () => {
  const { code, lines, raw } = await doctorJson({ ...good, WEBEX_BOT_TOKEN: STANDARD_TOKENS.alice });
  assert.equal(code, 1);
  const l = line(lines, 'bot token');
  assert.equal(l.status, 'fail');
  assert.match(l.detail, /belongs to Alice Archer <alice@acme\.example>, a person, not a bot/);
  assert.match(l.remedy ?? '', /the bot's own access token/);
  noSecretIn(raw);
});

test('a token without the compliance officer role fails the role check (and a fixed token is a warning)', async () => {
  const env = { ...good, WEBEX_CLIENT_ID: '', WEBEX_CLIENT_SECRET: '', WEBEX_COMPLIANCE_TOKEN: STANDARD_TOKENS.alice };
  const { code, lines, raw } = await doctorJson(env);
  assert.equal(code, 1);
  assert.equal(line(lines, 'compliance credential').status, 'warn');
  const role = line(lines, 'compliance role');
  assert.equal(role.status, 'fail');
  assert.match(role.detail, /GET \/events answered 403: alice@acme\.example is not a compliance officer/);
  assert.match(role.remedy ?? '', /Compliance Officer role in Control Hub/);
  const report = line(lines, 'recording report');
  assert.deepEqual([report.status, report.detail], ['warn', 'GET /recordingReport/accessSummary answered 403: recording alerts will not work']);
  noSecretIn(raw);
});

test('an officer who is not a person of the org fails, one line per address', async () => {
  const env = { ...good, OFFICER_EMAILS: `${officer},eve@partner.example,ghost@acme.example` };
  const { code, lines } = await doctorJson(env);
  assert.equal(code, 1);
  assert.equal(line(lines, `officer ${officer}`).status, 'ok');
  for (const e of ['eve@partner.example', 'ghost@acme.example']) {
    const l = line(lines, `officer ${e}`);
    assert.deepEqual([l.status, l.detail], ['fail', 'is not a person of the org']);
    assert.match(l.remedy ?? '', /OFFICER_EMAILS/);
  }
});

for (const [url, why] of [['http://warden.example.com', /is not https/], ['https://localhost:8443', /is a loopback address/], ['https://127.0.0.1', /is a loopback address/]] as const) {
  test(`PUBLIC_URL ${url} fails`, async () => {
    const { code, lines } = await doctorJson({ ...good, PUBLIC_URL: url });
    assert.equal(code, 1);
    const l = line(lines, 'PUBLIC_URL');
    assert.equal(l.status, 'fail');
    assert.match(l.detail, why);
  });
}

test('a DATA_DIR that cannot be a directory fails (and nothing is created)', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warden-doctor-')), 'a-file');
  writeFileSync(file, 'x');
  const { code, lines } = await doctorJson({ ...good, DATA_DIR: path.join(file, 'data') });
  assert.equal(code, 1);
  const l = line(lines, 'DATA_DIR');
  assert.equal(l.status, 'fail');
  assert.match(l.detail, /is not a directory/);
  // The sign-in lives in DATA_DIR: without it, nobody has signed in.
  assert.equal(line(lines, 'compliance credential').status, 'fail');
});

test('a broken policy file fails with what is wrong in it', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warden-doctor-')), 'policy.yaml');
  writeFileSync(file, 'version: 1\nrules:\n  credentials:\n    severty: high\n');
  const { code, lines } = await doctorJson({ ...good, POLICY_FILE: file });
  assert.equal(code, 1);
  const l = line(lines, 'POLICY_FILE');
  assert.equal(l.status, 'fail');
  assert.match(l.detail, /credentials.*unknown key "severty"/);
});

test('a webhook Webex switched off is a warning, not a failure; nothing is repaired', async () => {
  const hook = emu.webhooks().find((w) => w.targetUrl === `${PUBLIC_URL}/webhooks/bot` && w.resource === 'all')!;
  emu.deactivateWebhook(hook.id);
  const { code, lines } = await doctorJson(good);
  assert.equal(code, 0);
  const l = line(lines, 'webhook bot all/all');
  assert.equal(l.status, 'warn');
  assert.match(l.detail, /inactive/);
  assert.equal(emu.calls.filter((c) => c.method === 'PUT').length, 0);
});

test('a malformed variable is one failing line naming it', async () => {
  const { code, lines } = await doctorJson({ ...good, PORT: 'http' });
  assert.equal(code, 1);
  assert.equal(lines.length, 1);
  assert.match(lines[0]!.detail, /^PORT is invalid/);
});

test('a stored sign-in sealed with another client secret fails, naming `npm run authorize`', async () => {
  const { code, lines, raw } = await doctorJson({ ...good, WEBEX_CLIENT_SECRET: 'a-rotated-client-secret-000' });
  assert.equal(code, 1);
  const l = line(lines, 'compliance credential');
  assert.deepEqual([l.status, l.detail], ['fail', 'the stored sign-in was sealed with another WEBEX_CLIENT_SECRET']);
  assert.match(l.remedy ?? '', /npm run authorize/);
  assert.equal(line(lines, 'compliance role').status, 'warn', 'not checked');
  assert.equal(emu.callsTo('POST', '/access_token').length, 0);
  assert.ok(!raw.includes('a-rotated-client-secret-000'));
});

test('a Webex that does not answer makes a check fail, not the doctor hang: each call has a timeout', async () => {
  emu.fault({ method: 'GET', path: '/people/me', status: 0, delayMs: 1_500, times: 4 });
  const out = sink();
  const code = await runDoctor({ args: ['--json'], env: { ...good, WEBEX_COMPLIANCE_TOKEN: STANDARD_TOKENS.officer, WEBEX_CLIENT_ID: '', WEBEX_CLIENT_SECRET: '' }, stdout: out.stream, stderr: sink().stream, callTimeoutMs: 200 });
  emu.clearFaults();
  assert.equal(code, 1);
  const lines = (JSON.parse(out.text()) as { checks: Line[] }).checks;
  assert.match(line(lines, 'bot token').detail, /GET \/people\/me failed: Webex GET \/people\/me timed out/);
  assert.equal(line(lines, 'compliance person').status, 'fail');
  assert.equal(line(lines, 'POLICY_FILE').status, 'ok', 'the checks after it still ran');
});
