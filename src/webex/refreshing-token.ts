import { ErrorCodes, isWardenError } from '../errors.js';
import { childLogger, type Logger } from '../log/logger.js';
import type { TokenGrant, TokenProvider } from './types.js';
import { requestGrant } from './request-grant.js';
import { isTransient } from './webex-api-error.js';
import { WardenError } from '../errors.js';

export interface RefreshTokenStore {
  load(): string | undefined;
  /** `expiresInSeconds`: Webex's `refresh_token_expires_in` for this refresh token. */
  save(refreshToken: string, expiresInSeconds?: number): void;
  /** The kept refresh token's expiry (epoch ms), when known. */
  expiresAt?(): number | undefined;
}

export interface RefreshingTokenOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** From WEBEX_COMPLIANCE_REFRESH_TOKEN; absent when only the stored one (`npm run authorize`) is used. */
  refreshToken: string | undefined;
  /** Keeps a refresh token Webex rotated, so a restart does not depend on the configured one. */
  store?: RefreshTokenStore;
  logger: Logger;
  now?: () => number;
  timeoutMs?: number;
  /** Share of `expires_in` after which the token is renewed (SPEC §3: about 80–90 %). */
  renewAfter?: number;
  /** After a failed renewal, how long the still-valid token is used before trying again. */
  retryFailedRefreshMs?: number;
}

/** What `status` shows about the compliance token; never the token itself. */
export interface TokenStatus {
  ok: boolean;
  lastRefreshAt: string | undefined;
  expiresAt: string | undefined;
  lastError: string | undefined;
  /** Webex refused the credential itself (invalid_grant, invalid_client): the admin's to fix. */
  refused: boolean;
}

export interface RefreshingTokenProvider extends TokenProvider {
  status(): TokenStatus;
}

interface Held {
  token: string;
  renewAt: number;
  expiresAt: number;
}

const isRefused = (err: unknown): boolean => isWardenError(err, ErrorCodes.TOKEN_REFRESH_FAILED) && err.details['refused'] === true;

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * An OAuth access token obtained with the refresh grant and renewed before it expires. However
 * many callers wait, one refresh is in flight at a time; a 401 renews at most once per token.
 */
export function refreshingToken(options: RefreshingTokenOptions): RefreshingTokenProvider {
  return new RefreshingToken(options);
}

class RefreshingToken implements RefreshingTokenProvider {
  private readonly now: () => number;
  private readonly log: Logger;
  private refreshToken: string | undefined;
  private held: Held | undefined;
  private inflight: Promise<string> | undefined;
  private lastRefreshAt: number | undefined;
  private lastError: string | undefined;
  private nextAttemptAt = 0;
  /** The last refusal of the credential, while no refresh has worked since. */
  private refusal: unknown;

  constructor(private readonly o: RefreshingTokenOptions) {
    this.now = o.now ?? Date.now;
    this.log = childLogger(o.logger, 'token');
    this.refreshToken = o.store?.load() ?? o.refreshToken;
  }

  async getToken(): Promise<string> {
    const t = this.now();
    const held = this.held;
    if (held && (t < held.renewAt || (t < this.nextAttemptAt && t < held.expiresAt))) return held.token;
    // A refused credential stays refused until the admin acts: every waiting event asking again
    // would only hammer the token endpoint. One try per retryFailedRefreshMs.
    if (this.refusal !== undefined && t < this.nextAttemptAt && !(held && t < held.expiresAt)) throw this.refusal;
    try {
      return await this.refresh();
    } catch (err) {
      // Renewal starts early, so a failed one still leaves a token that works for a while.
      if (this.held && this.now() < this.held.expiresAt) return this.held.token;
      throw err;
    }
  }

  async invalidate(rejected: string): Promise<boolean> {
    if (this.inflight) return this.inflight.then(() => true);
    // Another caller already renewed the token that was rejected: just use the new one.
    if (this.held && this.held.token !== rejected) return true;
    this.held = undefined;
    if (this.refusal !== undefined && this.now() < this.nextAttemptAt) throw this.refusal;
    await this.refresh();
    return true;
  }

  status(): TokenStatus {
    const held = this.held;
    return {
      ok: held !== undefined && this.now() < held.expiresAt && this.lastError === undefined,
      lastRefreshAt: iso(this.lastRefreshAt),
      expiresAt: iso(held?.expiresAt),
      lastError: this.lastError,
      refused: this.refusal !== undefined,
    };
  }

  private refresh(): Promise<string> {
    this.inflight ??= this.grant()
      .then((g) => this.keep(g), (err: unknown) => this.failed(err))
      .finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  // The stored (rotated) refresh token first; if Webex refuses it, the configured one, which
  // an admin may have replaced after authorizing the integration again.
  private async grant(): Promise<TokenGrant> {
    let failure: unknown;
    const candidates = [this.refreshToken, this.o.refreshToken].filter((c): c is string => c !== undefined);
    if (candidates.length === 0) throw new WardenError('TOKEN_REFRESH_FAILED', 'OAuth token refresh failed: no refresh token (run `npm run authorize`)', { details: { transient: false } });
    for (const candidate of new Set(candidates)) {
      try {
        const g = await requestGrant({ ...this.o, refreshToken: candidate, timeoutMs: this.o.timeoutMs ?? 15_000 });
        this.refreshToken = candidate;
        return g;
      } catch (err) {
        failure = err;
        if (isTransient(err)) break;
      }
    }
    throw failure;
  }

  private keep(g: TokenGrant): string {
    const at = this.now();
    const expiresAt = at + g.expires_in * 1000;
    // Webex answers a refresh made within 24 h with the same token and expiry (webex-api.md §10):
    // renewing it early again would only repeat, ever faster, so it is kept until it expires.
    const same = this.held?.token === g.access_token;
    const renewAt = same ? expiresAt : at + g.expires_in * 1000 * (this.o.renewAfter ?? 0.85);
    this.held = { token: g.access_token, renewAt, expiresAt };
    // A refresh token's clock does not restart when it is used (webex-api.md §12): its expiry is
    // taken from the answer that brought it, or from the first answer when none is known yet.
    if (g.refresh_token && g.refresh_token !== this.refreshToken) {
      this.refreshToken = g.refresh_token;
      this.o.store?.save(g.refresh_token, g.refresh_token_expires_in);
    } else if (this.refreshToken && g.refresh_token_expires_in && this.o.store?.expiresAt && this.o.store.expiresAt() === undefined) {
      this.o.store.save(this.refreshToken, g.refresh_token_expires_in);
    }
    this.lastRefreshAt = at;
    this.lastError = undefined;
    this.refusal = undefined;
    this.log.info('compliance access token renewed', { expiresAt: iso(expiresAt) });
    return g.access_token;
  }

  private failed(err: unknown): never {
    this.lastError = err instanceof Error ? err.message : 'token refresh failed';
    this.nextAttemptAt = this.now() + (this.o.retryFailedRefreshMs ?? 30_000);
    this.refusal = isRefused(err) ? err : undefined;
    this.log.warn('compliance access token could not be renewed', { error: this.lastError });
    throw err;
  }
}
