import type { Logger } from '../log/logger.js';
import type { WebexApi } from '../webex/types.js';
import { loadFramework, type FrameworkInstance } from './load-framework.js';
import { feedFramework, type BotEnvelope } from './feed-framework.js';

export interface BotOptions {
  readonly token: string;
  readonly apiUrl: string;
  /** Where Webex delivers the bot's webhooks: PUBLIC_URL/webhooks/bot. */
  readonly webhookUrl: string;
  readonly secret: string;
  /** The bot token's API client (with retries), used to fetch what a delivery refers to. */
  readonly api: WebexApi;
  readonly logger: Logger;
  /** How long start() waits for the framework to register its webhooks. */
  readonly readyTimeoutMs?: number;
}

export interface Bot {
  readonly framework: FrameworkInstance;
  /** Starts the framework and resolves once its two webhooks exist. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Hands a stored, verified bot delivery to the framework (commands, spaces joined and left). */
  handle(envelope: BotEnvelope): Promise<void>;
}

function waitForWebhooks(framework: FrameworkInstance & { cardsWebhook?: { id?: string } }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = (): void => {
      // The framework creates its webhooks after start() has resolved and reports failure only by
      // setting `webhook` to false (webex-api.md §11), so readiness is observed, not awaited. It
      // also finishes spawning its spaces late, and drops messages for spaces not yet spawned.
      if (framework.webhook === false) return reject(new Error('the bot framework could not register its webhooks'));
      if (framework.cardsWebhook?.id && framework.initialized) return resolve();
      if (Date.now() > deadline) return reject(new Error('timed out waiting for the bot framework to register its webhooks'));
      setTimeout(check, 50);
    };
    check();
  });
}

/**
 * Stops the framework without its stop(): that deletes every webhook named after this host and
 * the bot (webex-api.md §11), which in a rolling deploy are the webhooks the new instance has just
 * made, and in a plain restart leaves Webex nowhere to deliver commands and card presses (which no
 * poll brings back) until the next start. The next start replaces them anyway.
 */
function stopKeepingWebhooks(framework: FrameworkInstance): void {
  if (!framework.active) return;
  for (const bot of framework.bots) bot.stop?.();
  framework.bots = [];
  framework.active = false;
  framework.initialized = false;
}

export function createBot(options: BotOptions): Bot {
  const Framework = loadFramework(options.apiUrl);
  const framework = new Framework({
    token: options.token,
    webhookUrl: options.webhookUrl,
    webhookSecret: options.secret,
    // Only the framework's own webhooks (named after host and bot email) are replaced at start
    // and stop; the default would delete every webhook on the bot token.
    removeWebhooksOnStart: false,
    removeDeviceRegistrationsOnStart: false,
    messageFormat: 'markdown',
  });
  framework.on('log', (line: string) => options.logger.debug('framework', { line }));
  return {
    framework,
    async start() {
      await framework.start();
      await waitForWebhooks(framework, options.readyTimeoutMs ?? 30_000);
      options.logger.info('bot framework started', { bot: framework.email });
    },
    async stop() {
      stopKeepingWebhooks(framework);
    },
    handle: (envelope) => feedFramework(framework, options.api, envelope),
  };
}
