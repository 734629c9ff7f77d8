import { captureLogs } from '../../helpers/capture-logs.js';
import { createWebexClient, type WebexClient, type WebexClientOptions } from '../../../src/webex/client.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { staticToken } from '../../../src/webex/static-token.js';
import type { TokenProvider, WebexApi } from '../../../src/webex/types.js';

/** A client on the emulator with fast backoff, and the log lines it wrote. */
export function clientOn(
  baseUrl: string,
  tokens: TokenProvider | string,
  options: Partial<WebexClientOptions> = {},
): { client: WebexClient; api: WebexApi; logs: () => string } {
  const { logger, text } = captureLogs('debug');
  const client = createWebexClient({
    baseUrl,
    tokens: typeof tokens === 'string' ? staticToken(tokens) : tokens,
    logger,
    backoffBaseMs: 5,
    label: 'test',
    ...options,
  });
  return { client, api: createWebexApi(client), logs: text };
}
