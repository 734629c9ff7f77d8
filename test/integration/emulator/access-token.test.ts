import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E } from '../../helpers/emulator.js';

const CLIENT = { clientId: 'cid', clientSecret: 'csecret', refreshToken: 'rt-1', forEmail: E.officer, expiresInSeconds: 60 };

function grant(emu: Emulator, fields: Record<string, string>): Promise<Response> {
  return fetch(`${emu.url}/access_token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', ...fields }).toString(),
  });
}

describe('emulator OAuth refresh grant', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startTestEmulator();
  });
  afterEach(() => emu.close());

  it('mints an access token that identifies the integration user, until it is expired', async () => {
    emu.addOAuthClient({ ...CLIENT, rotateRefreshToken: true });
    const res = await grant(emu, { client_id: 'cid', client_secret: 'csecret', refresh_token: 'rt-1' });
    assert.equal(res.status, 200);
    const body = (await res.json()) as Record<string, unknown>;
    assert.equal(body.expires_in, 60);
    assert.equal(body.token_type, 'Bearer');
    assert.notEqual(body.refresh_token, 'rt-1');
    const me = await callApi(emu, String(body.access_token), 'GET', '/people/me');
    assert.equal(me.body.emails[0], E.officer);
    assert.equal(emu.callsTo('GET', '/people/me', 'officer').length, 1);
    emu.expireToken(String(body.access_token));
    assert.equal((await callApi(emu, String(body.access_token), 'GET', '/people/me')).status, 401);
    const old = await grant(emu, { client_id: 'cid', client_secret: 'csecret', refresh_token: 'rt-1' });
    assert.equal(old.status, 400);
  });

  it('refuses a wrong client secret (401) and a wrong refresh token (400), with the error body', async () => {
    emu.addOAuthClient(CLIENT);
    const badClient = await grant(emu, { client_id: 'cid', client_secret: 'nope', refresh_token: 'rt-1' });
    assert.equal(badClient.status, 401);
    const badGrant = await grant(emu, { client_id: 'cid', client_secret: 'csecret', refresh_token: 'nope' });
    assert.equal(badGrant.status, 400);
    const body = (await badGrant.json()) as { errors: unknown[]; trackingId: string };
    assert.equal(body.errors.length, 1);
    assert.ok(!JSON.stringify(emu.calls).includes('csecret'));
  });
});
