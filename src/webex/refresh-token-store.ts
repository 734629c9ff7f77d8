import type { MetaRepo } from '../store/meta-repo.js';
import { seal, unseal } from '../store/seal.js';

/**
 * Where the compliance officer's refresh token lives between starts: sealed in the database with a
 * key derived from the OAuth client secret (src/store/seal.ts), beside its absolute expiry and who
 * signed in (neither is secret). `npm run authorize` writes it; the service reads it and keeps a
 * token Webex rotated.
 */
export interface RefreshTokenStore {
  /** The refresh token, or undefined when none is stored or it was sealed with another client secret. */
  load(): string | undefined;
  /** Keeps a refresh token; `expiresInSeconds` (Webex's `refresh_token_expires_in`) sets its absolute expiry. */
  save(refreshToken: string, expiresInSeconds?: number): void;
  /** When the stored refresh token stops working (epoch ms), when known. */
  expiresAt(): number | undefined;
  /** The email of the officer who signed in with `npm run authorize`, when known. */
  signedInAs(): string | undefined;
  setSignedInAs(email: string): void;
}

const TOKEN_KEY = 'oauth.refreshToken';
const EXPIRES_KEY = 'oauth.refreshTokenExpiresAt';
const WHO_KEY = 'oauth.signedInAs';

export function createRefreshTokenStore(meta: MetaRepo, clientSecret: string, now: () => number = Date.now): RefreshTokenStore {
  return {
    load: () => {
      const sealed = meta.get(TOKEN_KEY);
      return sealed === undefined ? undefined : unseal(sealed, clientSecret);
    },
    save: (refreshToken, expiresInSeconds) => {
      meta.set(TOKEN_KEY, seal(refreshToken, clientSecret));
      if (expiresInSeconds !== undefined && expiresInSeconds > 0) meta.set(EXPIRES_KEY, new Date(now() + expiresInSeconds * 1000).toISOString());
      else meta.delete(EXPIRES_KEY);
    },
    expiresAt: () => {
      const at = Date.parse(meta.get(EXPIRES_KEY) ?? '');
      return Number.isNaN(at) ? undefined : at;
    },
    signedInAs: () => meta.get(WHO_KEY),
    setSignedInAs: (email) => meta.set(WHO_KEY, email),
  };
}
