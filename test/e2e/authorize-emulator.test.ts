import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator } from '../../src/emulator/types.js';

// The emulated Webex login and code grant (webex-api.md §12), as any OAuth client meets them.
const { officer } = STANDARD_EMAILS;
const CLIENT = { clientId: 'emu-client', clientSecret: 'emu-client-secret-77' };
const REDIRECT = 'http://localhost:8765/callback';
let emu: Emulator;

before(async () => {
  emu = await startEmulator({ port: 0 });
  emu.addOAuthClient({ ...CLIENT, redirectUris: [REDIRECT] });
  emu.consentAs(officer);
});
after(() => emu.close());

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function consent(params: Record<string, string>): Promise<{ status: number; location: URL | undefined; body: string }> {
  const url = new URL(`${emu.url}/authorize`);
  const all = { response_type: 'code', client_id: CLIENT.clientId, redirect_uri: REDIRECT, scope: 'spark:people_read', state: 's-1', ...params };
  for (const [k, v] of Object.entries(all)) if (v !== '') url.searchParams.set(k, v);
  const res = await fetch(url, { redirect: 'manual' });
  const location = res.headers.get('location');
  return { status: res.status, location: location ? new URL(location) : undefined, body: await res.text() };
}

async function exchange(form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${emu.url}/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, redirect_uri: REDIRECT, ...form }).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function codeFor(challenge: string): Promise<string> {
  const r = await consent({ code_challenge: challenge, code_challenge_method: 'S256' });
  assert.equal(r.status, 302);
  assert.equal(r.location?.origin + (r.location?.pathname ?? ''), REDIRECT);
  assert.equal(r.location?.searchParams.get('state'), 's-1', 'state comes back unchanged');
  return r.location!.searchParams.get('code')!;
}

test('the code grant checks the PKCE verifier, and the code works once', async () => {
  const { verifier, challenge } = pkce();
  const code = await codeFor(challenge);
  const wrong = await exchange({ code, code_verifier: pkce().verifier });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.body.error, 'invalid_grant');

  // A code met with a wrong verifier is spent too: a second try with the right one is refused.
  assert.equal((await exchange({ code, code_verifier: verifier })).status, 400);

  const fresh = pkce();
  const good = await codeFor(fresh.challenge);
  const ok = await exchange({ code: good, code_verifier: fresh.verifier });
  assert.equal(ok.status, 200);
  assert.equal(typeof ok.body.access_token, 'string');
  assert.equal(typeof ok.body.refresh_token, 'string');
  assert.equal(ok.body.refresh_token_expires_in, 7_776_000);
  const me = await fetch(`${emu.url}/people/me`, { headers: { authorization: `Bearer ${String(ok.body.access_token)}` } });
  assert.equal(((await me.json()) as { emails: string[] }).emails[0], officer, 'the token is the consenting person\'s');
  const again = await exchange({ code: good, code_verifier: fresh.verifier });
  assert.equal(again.status, 400, 'single use');

  // The refresh grant now accepts the refresh token the code grant handed out.
  const refreshed = await fetch(`${emu.url}/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, refresh_token: String(ok.body.refresh_token) }).toString(),
  });
  assert.equal(refreshed.status, 200);
});

test('a missing verifier, another redirect_uri, a wrong secret or an expired code is refused', async () => {
  const p = pkce();
  assert.equal((await exchange({ code: await codeFor(p.challenge) })).body.error, 'invalid_grant');
  const other = await exchange({ code: await codeFor(p.challenge), code_verifier: p.verifier, redirect_uri: 'http://localhost:9999/callback' });
  assert.equal(other.body.error, 'invalid_grant');
  const secret = await exchange({ code: await codeFor(p.challenge), code_verifier: p.verifier, client_secret: 'nope' });
  assert.deepEqual([secret.status, secret.body.error], [401, 'invalid_client']);
  const code = await codeFor(p.challenge);
  emu.expireAuthCodes();
  assert.equal((await exchange({ code, code_verifier: p.verifier })).body.error, 'invalid_grant');
});

test('the login page: an unregistered redirect_uri or unknown client is not redirected to; a denial and a bad request are', async () => {
  const unregistered = await consent({ redirect_uri: 'http://evil.example/cb' });
  assert.deepEqual([unregistered.status, unregistered.location], [400, undefined]);
  const unknown = await consent({ client_id: 'nobody' });
  assert.deepEqual([unknown.status, unknown.location], [400, undefined]);
  const denied = await consent({ emulator_consent: 'deny' });
  assert.equal(denied.location?.searchParams.get('error'), 'access_denied');
  assert.equal(denied.location?.searchParams.get('state'), 's-1');
  assert.equal(denied.location?.searchParams.get('code'), null);
  const plain = await consent({ code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' });
  assert.equal(plain.location?.searchParams.get('error'), 'invalid_request');
  const noScope = await consent({ scope: '' });
  assert.equal(noScope.location?.searchParams.get('error'), 'invalid_scope');
});
