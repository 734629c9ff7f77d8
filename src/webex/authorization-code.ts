import { createHash, randomBytes } from 'node:crypto';
import { WardenError } from '../errors.js';
import type { TokenGrant } from './types.js';
import { WARDEN_SCOPES } from './warden-scopes.js';

/** One sign-in's secrets: the PKCE verifier (kept here) and the random `state` (the CSRF guard). */
export interface SignInSecrets {
  readonly codeVerifier: string;
  readonly codeChallenge: string;
  readonly state: string;
}

/** 32 random bytes each: a 43-character verifier (RFC 7636 allows 43-128) and state. */
export function newSignIn(): SignInSecrets {
  const codeVerifier = randomBytes(32).toString('base64url');
  const codeChallenge = createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
  return { codeVerifier, codeChallenge, state: randomBytes(32).toString('base64url') };
}

/** The Webex authorize URL (webex-api.md §12): authorization-code grant, PKCE S256, Warden's scopes. */
export function authorizeUrl(base: string, o: { clientId: string; redirectUri: string; secrets: SignInSecrets }): string {
  const url = new URL(base);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', o.clientId);
  url.searchParams.set('redirect_uri', o.redirectUri);
  url.searchParams.set('scope', WARDEN_SCOPES.join(' '));
  url.searchParams.set('state', o.secrets.state);
  url.searchParams.set('code_challenge', o.secrets.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  // Scopes are space-separated; Webex's own examples write the space as %20, not the form's `+`
  // (a literal `+` is already %2B here, so every `+` left is a space).
  url.search = url.searchParams.toString().replace(/\+/g, '%20');
  return url.toString();
}

export interface CodeExchange {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  codeVerifier: string;
  timeoutMs: number;
}

const exchangeFailed = (why: string, cause?: unknown): WardenError =>
  new WardenError('TOKEN_REFRESH_FAILED', `the code exchange failed: ${why}`, cause === undefined ? {} : { cause });

/** An OAuth error code (`invalid_grant`) is safe to show; Webex's free text and the form are not. */
function oauthCodeOf(body: unknown): string {
  const code = (body as { error?: unknown } | undefined)?.error;
  return typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? ` (${code})` : '';
}

/**
 * `POST {apiUrl}/access_token`, form-encoded, `grant_type=authorization_code` with the client's id
 * and secret and the PKCE verifier. The answer must hold a refresh token: Warden keeps that one.
 */
export async function exchangeCode(x: CodeExchange): Promise<TokenGrant & { refresh_token: string }> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: x.clientId,
    client_secret: x.clientSecret,
    code: x.code,
    redirect_uri: x.redirectUri,
    code_verifier: x.codeVerifier,
  });
  let res: Response;
  let body: unknown;
  try {
    res = await fetch(`${x.apiUrl.replace(/\/+$/, '')}/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(x.timeoutMs),
    });
    body = await res.json().catch(() => undefined);
  } catch (cause) {
    throw exchangeFailed(cause instanceof Error && cause.name === 'TimeoutError' ? 'Webex did not answer in time' : 'Webex could not be reached', cause);
  }
  if (!res.ok) throw exchangeFailed(`Webex answered ${res.status}${oauthCodeOf(body)}`);
  const g = body as Partial<TokenGrant> | undefined;
  if (typeof g?.access_token !== 'string' || !g.access_token || typeof g.refresh_token !== 'string' || !g.refresh_token) {
    throw exchangeFailed('the answer holds no access and refresh token');
  }
  return g as TokenGrant & { refresh_token: string };
}
