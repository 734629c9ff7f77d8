import type { Config } from '../config/load-config.js';
import { childLogger, type Logger } from '../log/logger.js';
import type { MetaRepo } from '../store/meta-repo.js';
import type { Metrics } from '../metrics/types.js';
import { ErrorCodes, WardenError } from '../errors.js';
import { createRefreshTokenStore, type RefreshTokenStore } from './refresh-token-store.js';
import { createWebexClient } from './client.js';
import { createWebexApi } from './api.js';
import { staticToken, refreshingToken } from './token-providers.js';
import type { TokenProvider, WebexApi } from './types.js';

export interface WebexClients {
  /** The bot token's API: posts cards and replies, reads what the bot's webhooks refer to. */
  readonly bot: WebexApi | undefined;
  /** The compliance officer's API: events, enrichment, deletes, org-wide webhooks. */
  readonly compliance: WebexApi | undefined;
  readonly complianceTokens: (TokenProvider & { status?: () => { ok: boolean; lastError?: string; refused?: boolean } }) | undefined;
  /** The officer's sealed refresh token and its expiry; absent without the OAuth integration. */
  readonly refreshTokens: RefreshTokenStore | undefined;
}

/** One client (and so one request queue) per token, as Webex rate-limits per token. */
export function createWebexClients(config: Config, deps: { logger: Logger; meta: MetaRepo; metrics?: Metrics }): WebexClients {
  const log = childLogger(deps.logger, 'webex');
  const refreshTokens = config.oauth ? createRefreshTokenStore(deps.meta, config.oauth.clientSecret) : undefined;
  // With only the integration's id and secret, the officer must have signed in (`npm run authorize`).
  if (config.oauth && !config.oauth.refreshToken && !config.complianceToken && refreshTokens?.load() === undefined) {
    throw new WardenError(
      ErrorCodes.CONFIG_MISSING,
      'WEBEX_COMPLIANCE_REFRESH_TOKEN is missing and no officer has signed in (or WEBEX_CLIENT_SECRET changed since): run `npm run authorize`',
      { details: { variable: 'WEBEX_COMPLIANCE_REFRESH_TOKEN' } },
    );
  }
  // The integration when it has a refresh token (configured or stored); else a fixed access token.
  const oauth = config.oauth && (config.oauth.refreshToken || refreshTokens?.load() !== undefined) ? config.oauth : undefined;
  const complianceTokens: TokenProvider | undefined = oauth
    ? refreshingToken({
        baseUrl: config.apiUrl,
        clientId: oauth.clientId,
        clientSecret: oauth.clientSecret,
        refreshToken: oauth.refreshToken,
        // A refresh token Webex rotated is kept, sealed, so a restart does not depend on the old one.
        store: refreshTokens,
        logger: log,
      })
    : config.complianceToken
      ? staticToken(config.complianceToken)
      : undefined;
  const api = (tokens: TokenProvider | undefined, label: string): WebexApi | undefined =>
    tokens ? createWebexApi(createWebexClient({ baseUrl: config.apiUrl, tokens, logger: log, label, ...(deps.metrics ? { metrics: deps.metrics } : {}) })) : undefined;
  return {
    bot: api(config.botToken ? staticToken(config.botToken) : undefined, 'bot'),
    compliance: api(complianceTokens, 'compliance'),
    complianceTokens,
    refreshTokens,
  };
}
