import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator } from '../../src/emulator/types.js';
import { WARDEN_SCOPES } from '../../src/webex/warden-scopes.js';
import { freePort } from '../bench/free-port.js';
import { captureLogs } from '../helpers/capture-logs.js';
import { authorize, browse, printedUrl, startAuthorize } from '../helpers/run-cli.js';
import { startApp, tempDataDir, testEnv } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob } = STANDARD_EMAILS;
const CLIENT = { clientId: 'warden-integration', clientSecret: 'integration-secret-9d1e' };
let emu: Emulator;
let redirectUri: string;

before(async () => {
  emu = await startEmulator({ port: 0 });
  redirectUri = `http://localhost:${await freePort()}/callback`;
  emu.addOAuthClient({ ...CLIENT, redirectUris: [redirectUri] });
});
after(() => emu.close());
beforeEach(() => {
  emu.resetCalls();
  emu.consentAs(officer);
});

function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    WEBEX_API_URL: emu.url,
    WEBEX_AUTHORIZE_URL: `${emu.url}/authorize`,
    WEBEX_CLIENT_ID: CLIENT.clientId,
    WEBEX_CLIENT_SECRET: CLIENT.clientSecret,
    OAUTH_REDIRECT_URI: redirectUri,
    OFFICER_EMAILS: officer,
    DATA_DIR: tempDataDir(),
    ...extra,
  };
}

/** The meta rows of the database `npm run authorize` wrote, or none when it wrote nothing. */
function storedKeys(dataDir: string): string[] {
  const file = path.join(dataDir, 'warden.db');
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { key: string }>("SELECT key FROM meta WHERE key LIKE 'oauth.%'").all().map((r) => r.key);
  } finally {
    db.close();
  }
}

const noSecretsIn = (text: string): void => {
  for (const secret of [CLIENT.clientSecret, 'emu-rt-', 'emu-at-', 'emu-code-']) assert.ok(!text.includes(secret), `no ${secret} in the output`);
};

test('the officer signs in once: PKCE code grant, the token checked and stored sealed, and the service then starts with only the client id and secret', async () => {
  const env = cliEnv();
  const run = await authorize(env);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Signed in as Olga Officer <officer@acme\.example>, a compliance officer\./);
  assert.match(run.stdout, /it expires \d+ \w+ \d{4}, [\d:]+ UTC \(in (89|90) days\)/);
  assert.equal(run.stderr, '');
  noSecretsIn(run.stdout + run.stderr);

  // What the browser was sent to Webex with.
  const [visit] = emu.callsTo('GET', '/authorize');
  assert.ok(visit);
  const q = visit.query;
  assert.equal(q.response_type, 'code');
  assert.equal(q.client_id, CLIENT.clientId);
  assert.equal(q.redirect_uri, redirectUri);
  assert.deepEqual(q.scope?.split(' '), [...WARDEN_SCOPES]);
  assert.ok(printedUrl(run.stdout, emu)?.includes(`scope=${WARDEN_SCOPES.map(encodeURIComponent).join('%20')}&`), 'scopes separated by %20');
  assert.equal(q.code_challenge_method, 'S256');
  assert.match(q.code_challenge ?? '', /^[A-Za-z0-9_-]{43}$/);
  assert.match(q.state ?? '', /^[A-Za-z0-9_-]{43}$/);
  // The code exchanged once (the emulator checked the verifier against the challenge), then the checks.
  const exchanges = emu.callsTo('POST', '/access_token');
  assert.deepEqual(exchanges.map((c) => [(c.body as { grant_type: string }).grant_type, c.status]), [['authorization_code', 200]]);
  const officerId = emu.person(officer).id;
  assert.deepEqual(emu.callsTo('GET', '/people/me').map((c) => [c.personId, c.status]), [[officerId, 200]]);
  assert.deepEqual(emu.callsTo('GET', '/events').map((c) => [c.personId, c.query.max, c.status]), [[officerId, '1', 200]]);

  // Stored sealed: the database holds no plaintext refresh token.
  assert.deepEqual(storedKeys(env.DATA_DIR!).sort(), ['oauth.refreshToken', 'oauth.refreshTokenExpiresAt', 'oauth.signedInAs']);
  for (const f of ['warden.db', 'warden.db-wal']) {
    const file = path.join(env.DATA_DIR!, f);
    if (existsSync(file)) assert.ok(!readFileSync(file).includes('emu-rt-'), `${f} holds no plaintext refresh token`);
  }

  // The next start: no compliance token, no refresh token in the environment.
  emu.resetCalls();
  const logs = captureLogs();
  const running = await startApp(
    testEnv(emu, { WEBEX_COMPLIANCE_TOKEN: '', WEBEX_CLIENT_ID: CLIENT.clientId, WEBEX_CLIENT_SECRET: CLIENT.clientSecret, DATA_DIR: env.DATA_DIR! }),
    logs.logger,
  );
  try {
    const refresh = emu.callsTo('POST', '/access_token');
    assert.ok(refresh.length >= 1 && refresh.every((c) => c.status === 200 && (c.body as { grant_type: string }).grant_type === 'refresh_token'), 'the stored refresh token was accepted');
    await waitFor('the poller reading events as the officer', () => emu.callsTo('GET', '/events').find((c) => c.personId === officerId && c.status === 200));
    assert.ok(!logs.text().includes('emu-rt-') && !logs.text().includes(CLIENT.clientSecret), 'no secret in the logs');
  } finally {
    await running.stop();
  }
});

test('--no-open prints the URL only; the officer opens it by hand', async () => {
  const opened: string[] = [];
  const env = cliEnv();
  const run = startAuthorize(env, { args: ['--no-open'], open: (u) => opened.push(u) });
  const url = await waitFor('the printed URL', () => printedUrl(run.stdout(), emu));
  const page = await browse(url);
  assert.equal(page.status, 200);
  assert.match(page.page, /You can close this tab/);
  const result = await run.done;
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(opened, [], 'no browser was opened');
  assert.equal(storedKeys(env.DATA_DIR!).length, 3);
});

test('a wrong state is refused: the code is not exchanged and nothing is stored', async () => {
  const env = cliEnv();
  const run = startAuthorize(env, { args: ['--no-open'] });
  const url = await waitFor('the printed URL', () => printedUrl(run.stdout(), emu));
  const page = await browse(url, (cb) => {
    cb.searchParams.set('state', 'forged-state-from-another-tab-000000000000000');
    return cb;
  });
  assert.equal(page.status, 400);
  const result = await run.done;
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^authorize: the answer does not carry the state this sign-in sent .*nothing was stored\n$/);
  assert.equal(emu.callsTo('POST', '/access_token').length, 0, 'the code was never exchanged');
  assert.deepEqual(storedKeys(env.DATA_DIR!), []);
  noSecretsIn(result.stdout + result.stderr);
});

test('a denied consent is said plainly and nothing is stored', async () => {
  emu.consentAs(officer, { deny: true });
  const env = cliEnv();
  const result = await authorize(env);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /consent was denied in Webex \(access_denied\): nothing was stored/);
  assert.equal(emu.callsTo('POST', '/access_token').length, 0);
  assert.deepEqual(storedKeys(env.DATA_DIR!), []);
});

test('a failed exchange (a wrong client secret) is named by status and OAuth code, and nothing is stored', async () => {
  const env = cliEnv({ WEBEX_CLIENT_SECRET: 'not-the-integration-secret' });
  const result = await authorize(env);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^authorize: the code exchange failed: Webex answered 401 \(invalid_client\)\n$/);
  assert.deepEqual(storedKeys(env.DATA_DIR!), []);
  assert.ok(!result.stderr.includes('not-the-integration-secret'));
});

test('someone who is not a compliance officer is refused (GET /events answers 403) and nothing is stored', async () => {
  emu.consentAs(alice);
  const env = cliEnv();
  const result = await authorize(env);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /alice@acme\.example is not a compliance officer \(GET \/events answered 403\).*Compliance Officer role/);
  assert.deepEqual(storedKeys(env.DATA_DIR!), []);
});

test('an officer missing from OFFICER_EMAILS is signed in with a warning', async () => {
  const env = cliEnv({ OFFICER_EMAILS: bob });
  const result = await authorize(env);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^warning: officer@acme\.example is not in OFFICER_EMAILS/);
  assert.equal(storedKeys(env.DATA_DIR!).length, 3);
});

test('no answer from the browser: the listener gives up and nothing is stored', async () => {
  const env = cliEnv();
  const result = await authorize(env, { args: ['--no-open', '--timeout', '0.2'] });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /no answer from the browser within 0.2 s: nothing was stored/);
  assert.deepEqual(storedKeys(env.DATA_DIR!), []);
});

test('an integration missing one of the scopes Warden asks for: Webex answers invalid_scope and nothing is stored', async () => {
  const redirect = `http://localhost:${await freePort()}/callback`;
  emu.addOAuthClient({ clientId: 'narrow-integration', clientSecret: 'narrow-secret-1234', redirectUris: [redirect], scopes: WARDEN_SCOPES.filter((x) => x !== 'spark-compliance:meetings_write') });
  const env = cliEnv({ WEBEX_CLIENT_ID: 'narrow-integration', WEBEX_CLIENT_SECRET: 'narrow-secret-1234', OAUTH_REDIRECT_URI: redirect });
  const result = await authorize(env);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^authorize: Webex answered invalid_scope \(tick every scope the README lists on the integration\): nothing was stored\n$/);
  assert.deepEqual(storedKeys(env.DATA_DIR!), []);
});

test('without the integration, or with a bad argument, it says what to set (exit 2)', async () => {
  const noClient = await authorize({ ...cliEnv(), WEBEX_CLIENT_ID: '', WEBEX_CLIENT_SECRET: '' });
  assert.equal(noClient.code, 2);
  assert.match(noClient.stderr, /^authorize: WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are missing/);
  const bad = await authorize(cliEnv(), { args: ['--open-sesame'] });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown argument --open-sesame/);
});
