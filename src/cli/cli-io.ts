import winston from 'winston';
import type { Logger } from '../log/logger.js';
import type { TokenProvider } from '../webex/types.js';
import { createWebexClient, type WebexClient } from '../webex/client.js';

/** What a one-shot command writes to: the process's streams, or a test's. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** The CLIs speak in their own lines; the Webex client's log lines would only interleave with them. */
export function quietLogger(): Logger {
  return winston.createLogger({ transports: [new winston.transports.Console({ silent: true })] });
}

/** A Webex client for a one-shot check: bounded per call, one retry, no logs. */
export function checkClient(apiUrl: string, tokens: TokenProvider, timeoutMs: number): WebexClient {
  return createWebexClient({ baseUrl: apiUrl, tokens, logger: quietLogger(), timeoutMs, maxRetries: 1, backoffBaseMs: 100, maxRateLimitWaits: 1, maxRetryAfterSeconds: 5 });
}

export { whenExpires } from '../credentials/index.js';
