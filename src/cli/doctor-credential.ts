import type { Config } from '../config/load-config.js';
import { openStore } from '../store/open-store.js';
import { openStoreReadOnly } from '../store/open-store-read-only.js';
import { createMetaRepo } from '../store/meta-repo.js';
import { createRefreshTokenStore } from '../webex/refresh-token-store.js';
import { refreshingToken } from '../webex/refreshing-token.js';
import { staticToken } from '../webex/static-token.js';
import type { TokenProvider } from '../webex/types.js';
import { fail, ok, warn, type CheckResult } from './doctor-check.js';
import { quietLogger } from './cli-io.js';
import { credentialState, whenExpires } from '../credentials/index.js';

const AUTHORIZE = 'run `npm run authorize` and sign in as the compliance officer';

export interface Credential {
  readonly line: CheckResult;
  /** The compliance token's provider for the Webex checks; absent when there is none. */
  readonly tokens: TokenProvider | undefined;
}

interface Stored {
  sealed: boolean;
  refreshToken: string | undefined;
  expiresAt: number | undefined;
  signedInAs: string | undefined;
}

function readStored(config: Config, secret: string): Stored {
  const store = openStoreReadOnly(config.dataDir);
  if (!store) return { sealed: false, refreshToken: undefined, expiresAt: undefined, signedInAs: undefined };
  try {
    const meta = createMetaRepo(store);
    const tokens = createRefreshTokenStore(meta, secret);
    return { sealed: meta.get('oauth.refreshToken') !== undefined, refreshToken: tokens.load(), expiresAt: tokens.expiresAt(), signedInAs: tokens.signedInAs() };
  } finally {
    store.close();
  }
}

/**
 * The compliance credential: the officer's sign-in stored by `npm run authorize` (or a refresh or
 * access token in the environment). Reads the database only; should Webex rotate the refresh token
 * while the doctor uses it, the new one is kept, or the service would be left with a dead one.
 */
export function checkCredential(config: Config, now: number, timeoutMs: number): Credential {
  const id = 'compliance credential';
  const oauth = config.oauth;
  if (!oauth) {
    if (!config.complianceToken) return { line: fail(id, 'neither WEBEX_CLIENT_ID/WEBEX_CLIENT_SECRET nor WEBEX_COMPLIANCE_TOKEN is set', `create the integration, set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET, ${AUTHORIZE}`), tokens: undefined };
    return { line: warn(id, 'WEBEX_COMPLIANCE_TOKEN is a fixed access token: it lapses within days and Warden cannot renew it', `set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET, ${AUTHORIZE}, and unset WEBEX_COMPLIANCE_TOKEN`), tokens: staticToken(config.complianceToken) };
  }
  const stored = readStored(config, oauth.clientSecret);
  if (stored.sealed && !stored.refreshToken && !oauth.refreshToken) {
    return { line: fail(id, 'the stored sign-in was sealed with another WEBEX_CLIENT_SECRET', AUTHORIZE), tokens: undefined };
  }
  if (!stored.refreshToken && !oauth.refreshToken) {
    return { line: fail(id, 'nobody has signed in (no refresh token in DATA_DIR or WEBEX_COMPLIANCE_REFRESH_TOKEN)', AUTHORIZE), tokens: undefined };
  }
  const tokens = refreshingToken({
    baseUrl: config.apiUrl, clientId: oauth.clientId, clientSecret: oauth.clientSecret, refreshToken: oauth.refreshToken,
    store: { load: () => stored.refreshToken, save: (rt, exp) => keepRotated(config, oauth.clientSecret, rt, exp), // An unknown expiry is left unknown (NaN is "known" to the provider): the doctor writes only a rotated token.
    expiresAt: () => stored.expiresAt ?? Number.NaN },
    logger: quietLogger(), timeoutMs, retryFailedRefreshMs: 0,
  });
  const who = stored.signedInAs ? `signed in as ${stored.signedInAs}` : 'a refresh token from WEBEX_COMPLIANCE_REFRESH_TOKEN';
  if (stored.expiresAt === undefined) return { line: ok(id, `${who}; its expiry is not known yet`), tokens };
  const expires = whenExpires(stored.expiresAt, now);
  const state = credentialState(stored.expiresAt, now);
  if (state === 'expired') return { line: fail(id, `${who}; the refresh token expired ${expires}`, AUTHORIZE), tokens };
  if (state === 'expiring') return { line: warn(id, `${who}; the refresh token expires ${expires}`, `${AUTHORIZE} before then`), tokens };
  return { line: ok(id, `${who}; the refresh token expires ${expires}`), tokens };
}

function keepRotated(config: Config, secret: string, refreshToken: string, expiresInSeconds: number | undefined): void {
  const store = openStore(config.dataDir);
  try {
    createRefreshTokenStore(createMetaRepo(store), secret).save(refreshToken, expiresInSeconds);
  } finally {
    store.close();
  }
}
