import type { TokenProvider } from './types.js';

/** A token that never changes (a bot token, or a compliance token pasted into .env). */
export function staticToken(token: string): TokenProvider {
  return {
    getToken: async () => token,
    // Nothing to renew: a rejected static token stays rejected, and the 401 reaches the caller.
    invalidate: async () => false,
  };
}
