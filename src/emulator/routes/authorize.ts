import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import type { Reply, Req, Router } from '../http/router.js';
import type { OAuthClient } from '../state/world-types.js';

/** How long an authorization code can be exchanged; Webex's codes are short-lived and single use. */
const CODE_LIFETIME_MS = 5 * 60_000;
const DEFAULT_REFRESH_LIFETIME_S = 7_776_000;

/**
 * GET /authorize: Webex's login and consent page, as the officer's browser meets it (webex-api.md
 * §12). `response_type=code`, `client_id`, `redirect_uri` (must be registered), `scope`, `state`
 * and PKCE (`code_challenge`, `code_challenge_method=S256`). Who signs in and whether they accept
 * is the emulator's choice: `consentAs(email)` on the facade, or the emulator-only query
 * parameters `emulator_consent_as` and `emulator_consent=deny`. The answer is a 302 to
 * `redirect_uri` with `code` and `state`, or `error` (`access_denied`, `invalid_scope`, ...).
 */
export function authorizeRoutes(r: Router): void {
  r.addOpen('GET', '/authorize', (core, req) => authorize(core, req));
}

function authorize(core: Core, req: Req): Reply {
  const q = req.query;
  const client = core.world.oauthClients.get(q.get('client_id') ?? '');
  // A bad client or redirect URI is shown on Webex's page: never redirected to an unknown place.
  if (!client) throw new ApiError(400, 'invalid_client: unknown client_id');
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!redirectUri || (client.redirectUris && !client.redirectUris.includes(redirectUri))) {
    throw new ApiError(400, 'invalid_request: redirect_uri is not registered on the integration');
  }
  const state = q.get('state');
  const back = (params: Record<string, string>): Reply => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries({ ...params, ...(state !== null ? { state } : {}) })) url.searchParams.set(k, v);
    return { status: 302, headers: { Location: url.toString() } };
  };
  if (q.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
  const scopes = (q.get('scope') ?? '').split(' ').filter((x) => x !== '');
  if (scopes.length === 0 || (client.scopes && !scopes.every((x) => client.scopes!.includes(x)))) return back({ error: 'invalid_scope' });
  const challenge = q.get('code_challenge') ?? undefined;
  if (challenge !== undefined && q.get('code_challenge_method') !== 'S256') return back({ error: 'invalid_request' });
  const asEmail = q.get('emulator_consent_as') ?? core.world.consent?.email;
  const deny = q.get('emulator_consent') === 'deny' || (q.get('emulator_consent_as') === null && core.world.consent?.deny === true);
  if (!asEmail) throw new ApiError(400, 'nobody is signed in to the emulator: call consentAs(email) first');
  const person = core.world.requirePerson(asEmail);
  if (deny) return back({ error: 'access_denied' });
  const code = `emu-code-${randomBytes(16).toString('hex')}`;
  core.world.authCodes.set(code, {
    clientId: client.clientId, redirectUri, personEmail: person.emails[0]!, codeChallenge: challenge,
    expiresAt: Date.now() + CODE_LIFETIME_MS, used: false,
  });
  return back({ code });
}

/** An OAuth error answer: `error` for clients that read RFC 6749 bodies, Webex's `message` too. */
export function oauthError(status: number, error: string, description: string): Reply {
  return { status, body: { error, error_description: description, message: `${error}: ${description}`, errors: [{ description }] } };
}

const s256 = (verifier: string): string => createHash('sha256').update(verifier, 'ascii').digest('base64url');

function clientOf(core: Core, req: Req, form: Record<string, unknown>): OAuthClient | undefined {
  // The client authenticates in the body or with HTTP Basic (webex-api.md §12).
  const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
  const [id, secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [form.client_id, form.client_secret];
  const client = core.world.oauthClients.get(String(id ?? ''));
  return client && client.clientSecret === secret ? client : undefined;
}

/**
 * POST /access_token with `grant_type=authorization_code`: the code from /authorize, the same
 * `redirect_uri`, and with PKCE the `code_verifier` whose S256 hash must equal the challenge. The
 * refresh token it hands out is the one the refresh grant then accepts; `mint` makes the access token.
 */
export function authorizationCodeGrant(core: Core, req: Req, form: Record<string, unknown>, mint: (clientId: string) => Record<string, unknown>): Reply {
  const client = clientOf(core, req, form);
  if (!client) return oauthError(401, 'invalid_client', 'the client id or secret is wrong');
  const code = core.world.authCodes.get(String(form.code ?? ''));
  if (!code || code.clientId !== client.clientId) return oauthError(400, 'invalid_grant', 'the authorization code is not valid');
  if (code.used || Date.now() >= code.expiresAt) return oauthError(400, 'invalid_grant', 'the authorization code was used or has expired');
  code.used = true;
  if (form.redirect_uri !== code.redirectUri) return oauthError(400, 'invalid_grant', 'redirect_uri does not match the one authorized');
  if (code.codeChallenge !== undefined) {
    const verifier = typeof form.code_verifier === 'string' ? form.code_verifier : '';
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || s256(verifier) !== code.codeChallenge) {
      return oauthError(400, 'invalid_grant', 'code_verifier does not match the code_challenge');
    }
  }
  client.forEmail = code.personEmail;
  client.refreshToken = `emu-rt-${randomBytes(16).toString('hex')}`;
  const grant = mint(client.clientId);
  return { status: 200, body: { ...grant, refresh_token_expires_in: client.refreshTokenExpiresInSeconds ?? DEFAULT_REFRESH_LIFETIME_S } };
}

/** Test hook: every code handed out so far stops working, as when its few minutes have passed. */
export function expireAuthCodes(core: Core): void {
  for (const c of core.world.authCodes.values()) c.expiresAt = 0;
}
