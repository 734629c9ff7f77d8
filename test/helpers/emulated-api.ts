import type { Emulator } from '../../src/emulator/types.js';
import type { Logger } from '../../src/log/logger.js';
import { createWebexApi } from '../../src/webex/api.js';
import { createWebexClient } from '../../src/webex/client.js';
import { staticToken } from '../../src/webex/token-providers.js';
import type { WebexApi } from '../../src/webex/types.js';

/**
 * Warden's real Webex client, over HTTP to the emulator, as the holder of `token`. Backoff is
 * short so a test of "5xx after retries" does not sit through production delays.
 */
export function emulatedApi(emu: Emulator, token: string, logger: Logger, options: { label?: string; maxRetries?: number } = {}): WebexApi {
  return createWebexApi(
    createWebexClient({
      baseUrl: emu.url,
      tokens: staticToken(token),
      logger,
      ...(options.label ? { label: options.label } : {}),
      backoffBaseMs: 1,
      maxRetries: options.maxRetries ?? 2,
    }),
  );
}
