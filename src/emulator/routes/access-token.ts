import { randomBytes } from 'node:crypto';
import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { errorBody } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { authorizationCodeGrant } from './authorize.js';

const REFRESH_LIFETIME_S = 7_776_000;

/**
 * POST /access_token with the refresh grant (webex-api.md §10). Needs no bearer token; the
 * minted access token identifies the integration's user and expires after `expires_in`.
 */
export function accessTokenRoutes(r: Router): void {
  r.addOpen('POST', '/access_token', (core, req) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    if (!String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
      throw new ApiError(415, 'Content-Type must be application/x-www-form-urlencoded');
    }
    if (form.grant_type === 'authorization_code') return authorizationCodeGrant(core, req, form, (id) => mint(core, id));
    if (form.grant_type !== 'refresh_token') throw new ApiError(400, 'unsupported_grant_type');
    const client = core.world.oauthClients.get(String(form.client_id ?? ''));
    // Refusals carry the OAuth error code (RFC 6749 §5.2) beside Webex's message.
    if (!client || client.clientSecret !== form.client_secret) return refused(401, 'invalid_client', 'The client credentials are not valid');
    if (client.refreshToken !== form.refresh_token) return refused(400, 'invalid_grant', 'The refresh token is not valid');
    return { status: 200, body: mint(core, client.clientId) };
  });
}

function refused(status: number, error: string, message: string) {
  return { status, body: { error, error_description: message, ...errorBody(message, '') } };
}

function mint(core: Core, clientId: string): Record<string, unknown> {
  const client = core.world.oauthClients.get(clientId);
  if (!client) throw new ApiError(401, 'invalid_client');
  const person = core.world.requirePerson(client.forEmail);
  const accessToken = `emu-at-${randomBytes(16).toString('hex')}`;
  core.world.tokens.set(accessToken, {
    personId: person.id, label: core.world.labels.get(person.id),
    expiresAt: Date.now() + client.expiresInSeconds * 1000,
  });
  if (client.rotateRefreshToken) client.refreshToken = `emu-rt-${randomBytes(16).toString('hex')}`;
  return {
    access_token: accessToken, expires_in: client.expiresInSeconds,
    refresh_token: client.refreshToken, refresh_token_expires_in: REFRESH_LIFETIME_S, token_type: 'Bearer',
  };
}
