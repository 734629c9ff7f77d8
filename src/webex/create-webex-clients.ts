import type { Config } from '../config/load-config.js';
import { childLogger, type Logger } from '../log/logger.js';
import type { MetaRepo } from '../store/meta-repo.js';
import type { Metrics } from '../metrics/types.js';
import { seal, unseal } from '../store/seal.js';
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
}

const REFRESH_TOKEN_KEY = 'oauth.refreshToken';

function sealedStore(meta: MetaRepo, secret: string) {
  return {
    load: () => {
      const sealed = meta.get(REFRESH_TOKEN_KEY);
      return sealed === undefined ? undefined : unseal(sealed, secret);
    },
    save: (rt: string) => meta.set(REFRESH_TOKEN_KEY, seal(rt, secret)),
  };
}

/** One client (and so one request queue) per token, as Webex rate-limits per token. */
export function createWebexClients(config: Config, deps: { logger: Logger; meta: MetaRepo; metrics?: Metrics }): WebexClients {
  const log = childLogger(deps.logger, 'webex');
  const complianceTokens: TokenProvider | undefined = config.oauth
    ? refreshingToken({
        baseUrl: config.apiUrl,
        clientId: config.oauth.clientId,
        clientSecret: config.oauth.clientSecret,
        refreshToken: config.oauth.refreshToken,
        // A refresh token Webex rotated is kept, sealed, so a restart does not depend on the old one.
        store: sealedStore(deps.meta, config.oauth.clientSecret),
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
  };
}
