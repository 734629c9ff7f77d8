import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import { isWardenError } from '../../../src/errors.js';

const live = { WEBEX_BOT_TOKEN: 'b', WEBEX_COMPLIANCE_TOKEN: 'c', PUBLIC_URL: 'https://warden.example.com/' };

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

test('defaults follow SPEC §3', () => {
  const c = loadConfig(live, { live: true });
  assert.equal(c.apiUrl, 'https://webexapis.com/v1');
  assert.equal(c.publicUrl, 'https://warden.example.com');
  assert.equal(c.port, 8080);
  assert.equal(c.metricsPort, 9464);
  assert.equal(c.metricsHost, '127.0.0.1', 'metrics on loopback unless told otherwise');
  assert.equal(c.recordingsHostEmail, undefined);
  assert.equal(c.dataDir, './data');
  assert.equal(c.policyFile, DEFAULT_POLICY_FILE);
  assert.equal(c.eventsPollSeconds, 10);
  assert.equal(c.eventsBackfillMinutes, 0);
  assert.equal(c.eventsOverlapSeconds, 60);
  assert.equal(c.recordingsPollSeconds, 900);
  assert.equal(c.webhookCheckSeconds, 300);
  assert.equal(c.dryRun, false);
  assert.equal(c.logLevel, 'info');
  assert.deepEqual(c.officerEmails, []);
  assert.equal(c.webhookSecretGenerated, true);
  assert.ok(c.webhookSecret.length >= 16);
  assert.ok(Object.isFrozen(c));
});

test('each random secret differs, a set one is kept', () => {
  assert.notEqual(loadConfig(live).webhookSecret, loadConfig(live).webhookSecret);
  const c = loadConfig({ ...live, WEBHOOK_SECRET: 'a-secret-of-twenty-chars' });
  assert.equal(c.webhookSecret, 'a-secret-of-twenty-chars');
  assert.equal(c.webhookSecretGenerated, false);
});

test('values are parsed and typed', () => {
  const c = loadConfig({
    ...live,
    PORT: '9090',
    OFFICER_EMAILS: ' Officer@Acme.example , second@acme.example,',
    DRY_RUN: 'true',
    EVENTS_POLL_SECONDS: '3',
    EVENTS_BACKFILL_MINUTES: '60',
    EVENTS_OVERLAP_SECONDS: '120',
    LOG_LEVEL: 'debug',
    METRICS_PORT: '9100',
    METRICS_HOST: '0.0.0.0',
    RECORDINGS_HOST_EMAIL: 'ALL',
  });
  assert.equal(c.metricsPort, 9100);
  assert.equal(c.metricsHost, '0.0.0.0');
  assert.equal(c.recordingsHostEmail, 'all');
  assert.equal(loadConfig({ ...live, RECORDINGS_HOST_EMAIL: 'host@acme.example' }).recordingsHostEmail, 'host@acme.example');
  assert.equal(c.eventsOverlapSeconds, 120);
  assert.equal(c.port, 9090);
  assert.deepEqual(c.officerEmails, ['officer@acme.example', 'second@acme.example']);
  assert.equal(c.dryRun, true);
  assert.equal(c.eventsPollSeconds, 3);
  assert.equal(c.eventsBackfillMinutes, 60);
  assert.equal(c.logLevel, 'debug');
});

for (const [variable, env] of [
  ['WEBEX_BOT_TOKEN', { ...live, WEBEX_BOT_TOKEN: '' }],
  ['WEBEX_COMPLIANCE_TOKEN', { ...live, WEBEX_COMPLIANCE_TOKEN: undefined }],
  ['PUBLIC_URL', { ...live, PUBLIC_URL: undefined }],
] as const) {
  test(`a live start without ${variable} names it and the remedy in one line`, () => {
    const err = errorOf(() => loadConfig(env, { live: true }));
    assert.ok(isWardenError(err, 'CONFIG_MISSING'));
    assert.match(err.message, new RegExp(`^${variable} is missing: `));
    assert.ok(!err.message.includes('\n'));
  });
}

for (const [variable, value, problem] of [
  ['PORT', 'eighty', /PORT is invalid/],
  ['PORT', '70000', /PORT is invalid/],
  ['PUBLIC_URL', 'warden.example.com', /PUBLIC_URL is invalid \(must/],
  ['WEBEX_API_URL', 'ftp://x', /WEBEX_API_URL is invalid/],
  ['OFFICER_EMAILS', 'alice, bob@acme.example', /OFFICER_EMAILS is invalid \(must be a comma-separated list/],
  ['EVENTS_POLL_SECONDS', '0', /EVENTS_POLL_SECONDS is invalid \(must be at least 1\)/],
  ['DRY_RUN', 'maybe', /DRY_RUN is invalid \(must be true or false\)/],
  ['LOG_LEVEL', 'loud', /LOG_LEVEL is invalid \(must be one of/],
  ['METRICS_PORT', '99999', /METRICS_PORT is invalid/],
  ['RECORDINGS_HOST_EMAIL', 'everyone', /RECORDINGS_HOST_EMAIL is invalid \(must be all or an email address\)/],
  ['WEBHOOK_SECRET', 'short', /WEBHOOK_SECRET is invalid \(must be at least 16 characters\)/],
] as const) {
  test(`malformed ${variable}=${value} is named`, () => {
    const err = errorOf(() => loadConfig({ ...live, [variable]: value }, { live: true }));
    assert.ok(isWardenError(err, 'CONFIG_INVALID'));
    assert.match(err.message, problem);
    assert.ok(!err.message.includes('\n'));
  });
}

test('the OAuth integration replaces the compliance token, with or without a refresh token in the environment; half of it is named', () => {
  const c = loadConfig(
    { ...live, WEBEX_COMPLIANCE_TOKEN: undefined, WEBEX_CLIENT_ID: 'id', WEBEX_CLIENT_SECRET: 's', WEBEX_COMPLIANCE_REFRESH_TOKEN: 'r' },
    { live: true },
  );
  assert.deepEqual(c.oauth, { clientId: 'id', clientSecret: 's', refreshToken: 'r' });
  // After `npm run authorize` the refresh token is in the database: the id and secret suffice here.
  const pair = loadConfig({ ...live, WEBEX_COMPLIANCE_TOKEN: undefined, WEBEX_CLIENT_ID: 'id', WEBEX_CLIENT_SECRET: 's' }, { live: true });
  assert.deepEqual(pair.oauth, { clientId: 'id', clientSecret: 's', refreshToken: undefined });
  assert.match(errorOf(() => loadConfig({ ...live, WEBEX_CLIENT_ID: 'id' }, { live: true })).message, /^WEBEX_CLIENT_SECRET is missing/);
  assert.match(errorOf(() => loadConfig({ ...live, WEBEX_COMPLIANCE_REFRESH_TOKEN: 'r' }, { live: true })).message, /^WEBEX_CLIENT_ID is missing/);
  const none = errorOf(() => loadConfig({ ...live, WEBEX_COMPLIANCE_TOKEN: undefined }, { live: true }));
  assert.match(none.message, /^WEBEX_COMPLIANCE_TOKEN is missing: set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET and run `npm run authorize`/);
});

test('the authorize URL and redirect URI have defaults, and the redirect URI is kept exactly', () => {
  const c = loadConfig(live);
  assert.equal(c.authorizeUrl, 'https://webexapis.com/v1/authorize');
  assert.equal(c.oauthRedirectUri, 'http://localhost:8765/callback');
  assert.equal(loadConfig({ ...live, OAUTH_REDIRECT_URI: 'http://localhost:9000/' }).oauthRedirectUri, 'http://localhost:9000/');
  assert.match(errorOf(() => loadConfig({ ...live, OAUTH_REDIRECT_URI: 'localhost:9000' })).message, /^OAUTH_REDIRECT_URI is invalid/);
});

test('a malformed value never echoes a secret', () => {
  const err = errorOf(() => loadConfig({ ...live, WEBHOOK_SECRET: 'tiny-secret' }));
  assert.ok(!err.message.includes('tiny-secret'));
});

test('WARDEN_MODE unset: live as soon as a Webex credential is set, else the sandbox (SPEC §6)', () => {
  assert.equal(loadConfig({}, { live: true }).mode, 'sandbox');
  assert.equal(loadConfig({ WEBEX_BOT_TOKEN: '', WEBEX_COMPLIANCE_TOKEN: ' ' }, { live: true }).mode, 'sandbox');
  assert.equal(loadConfig(live, { live: true }).mode, 'live');
  const oauth = { WEBEX_CLIENT_ID: 'i', WEBEX_CLIENT_SECRET: 's', WEBEX_COMPLIANCE_REFRESH_TOKEN: 'r' };
  // The trio alone means live, which then names the bot token it still lacks.
  assert.match(errorOf(() => loadConfig(oauth, { live: true })).message, /^WEBEX_BOT_TOKEN is missing/);
  assert.match(errorOf(() => loadConfig({ WEBEX_COMPLIANCE_TOKEN: 'c' }, { live: true })).message, /^WEBEX_BOT_TOKEN is missing/);
});

test('WARDEN_MODE=live without tokens names the variable; WARDEN_MODE=sandbox ignores the tokens set', () => {
  const err = errorOf(() => loadConfig({ WARDEN_MODE: 'live' }, { live: true }));
  assert.ok(isWardenError(err, 'CONFIG_MISSING'));
  assert.match(err.message, /^WEBEX_BOT_TOKEN is missing: /);
  assert.equal(loadConfig({ ...live, WARDEN_MODE: 'sandbox' }, { live: true }).mode, 'sandbox');
  assert.equal(loadConfig({ WARDEN_MODE: ' Sandbox ' }).mode, 'sandbox');
  assert.match(errorOf(() => loadConfig({ WARDEN_MODE: 'demo' })).message, /^WARDEN_MODE is invalid \(must be sandbox or live\)/);
});
