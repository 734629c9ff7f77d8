import { WardenError } from '../errors.js';
import type { TokenGrant } from './types.js';

export interface GrantRequest {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  timeoutMs: number;
}

/**
 * `refused` is set when Webex answered that the credential itself is no good (400 invalid_grant:
 * a revoked or expired refresh token; 401 invalid_client: a rotated secret): only the admin can
 * fix that, and the events that need the token must wait for it, not fail.
 */
function refreshFailed(message: string, details: { status?: number; trackingId?: string; transient: boolean; refused?: boolean }, cause?: unknown): WardenError {
  return new WardenError('TOKEN_REFRESH_FAILED', `OAuth token refresh failed: ${message}`, { details, cause });
}

/** An OAuth error code such as `invalid_grant` is safe to show; free text from the server is not kept. */
function oauthErrorOf(body: unknown): string {
  const code = (body as { error?: unknown } | undefined)?.error;
  return typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? ` (${code})` : '';
}

function isGrant(body: unknown): body is TokenGrant {
  const g = body as Partial<TokenGrant> | undefined;
  return typeof g?.access_token === 'string' && g.access_token !== '' && typeof g.expires_in === 'number' && g.expires_in > 0;
}

/**
 * `POST {baseUrl}/access_token` with the refresh grant (webex-api.md §10). Errors name the HTTP
 * status and OAuth code only: never the client secret, the refresh token or the response text.
 */
export async function requestGrant(req: GrantRequest): Promise<TokenGrant> {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    client_id: req.clientId,
    client_secret: req.clientSecret,
    refresh_token: req.refreshToken,
  });
  let res: Response;
  let body: unknown;
  try {
    res = await fetch(`${req.baseUrl.replace(/\/+$/, '')}/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(req.timeoutMs),
    });
    body = await res.json().catch(() => undefined);
  } catch (cause) {
    const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
    throw refreshFailed(timedOut ? 'Webex did not answer in time' : 'Webex could not be reached', { transient: true }, cause);
  }
  const trackingId = res.headers.get('trackingid') ?? undefined;
  if (!res.ok) {
    const transient = res.status >= 500 || res.status === 429 || res.status === 423;
    const refused = res.status === 400 || res.status === 401;
    throw refreshFailed(`Webex answered ${res.status}${oauthErrorOf(body)}`, { status: res.status, trackingId, transient, refused });
  }
  if (!isGrant(body)) throw refreshFailed('the answer holds no access token', { status: res.status, trackingId, transient: false });
  return body;
}
