import express from 'express';
import type { Config } from './config/load-config.js';
import { createLogger, childLogger, type Logger } from './log/logger.js';
import { openStore } from './store/open-store.js';
import { createMetaRepo } from './store/meta-repo.js';
import { createInboxRepo } from './store/inbox-repo.js';
import { createReceiver } from './receiver/create-receiver.js';
import { createInboxWorker } from './inbox/worker.js';
import { createBot, type Bot } from './bot/create-bot.js';
import { createWebexClients, type WebexClients } from './webex/create-webex-clients.js';
import { ensureWebhooks, type WebhookReport } from './webex/webhook-manager.js';
import { orgWebhookSpecs } from './webex/org-webhook-specs.js';
import { createEventHandler } from './inbox/handle-event.js';

export interface AppDeps {
  readonly logger?: Logger;
}

export interface App {
  /** The HTTP handler: webhook routes and /healthz. Listening is the caller's job. */
  readonly handler: express.Express;
  /** Registers webhooks under publicUrl (PUBLIC_URL by default), starts the bot and the worker. */
  start(options?: { publicUrl?: string }): Promise<void>;
  /** Health 503, stop intake and pollers, finish in-flight work within graceMs, close the store last. */
  stop(graceMs?: number): Promise<void>;
  readonly state: AppState;
}

export interface AppState {
  phase: 'created' | 'starting' | 'ready' | 'stopping' | 'stopped';
  webhooks: WebhookReport[];
  startedAt?: string;
}

/** Wires the parts of Warden. Touches neither process nor the network until start(). */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const store = openStore(config.dataDir);
  const meta = createMetaRepo(store);
  const inbox = createInboxRepo(store);
  const clients: WebexClients = createWebexClients(config, { logger, meta });
  const state: AppState = { phase: 'created', webhooks: [] };
  let bot: Bot | undefined;

  const handleEvent = createEventHandler({ bot: () => bot, logger: childLogger(logger, 'inbox') });
  const worker = createInboxWorker({ repo: inbox, handle: handleEvent, logger: childLogger(logger, 'worker') });
  const receiver = createReceiver({
    secrets: () => [config.webhookSecret],
    inbox,
    logger: childLogger(logger, 'receiver'),
    isReady: () => state.phase === 'ready',
    onStored: () => worker.kick(),
    health: () => ({ phase: state.phase, inboxDepth: inbox.depth(), webhooks: state.webhooks.map((w) => ({ name: w.name, state: w.state })) }),
  });
  const handler = express();
  handler.disable('x-powered-by');
  handler.use(receiver);

  return {
    handler,
    state,
    async start(options = {}) {
      state.phase = 'starting';
      const publicUrl = options.publicUrl ?? config.publicUrl;
      if (!publicUrl) throw new Error('PUBLIC_URL is missing: set it to the URL at which Webex can reach this bot');
      if (clients.compliance) {
        state.webhooks = await ensureWebhooks({
          api: clients.compliance,
          specs: orgWebhookSpecs(publicUrl),
          secret: config.webhookSecret,
          logger: childLogger(logger, 'webhooks'),
        });
      }
      if (config.botToken && clients.bot) {
        bot = createBot({
          token: config.botToken,
          apiUrl: config.apiUrl,
          webhookUrl: `${publicUrl}/webhooks/bot`,
          secret: config.webhookSecret,
          api: clients.bot,
          logger: childLogger(logger, 'bot'),
        });
        await bot.start();
      }
      worker.start();
      state.phase = 'ready';
      state.startedAt = new Date().toISOString();
      logger.info('warden ready', { publicUrl, dryRun: config.dryRun });
    },
    async stop(graceMs = 10_000) {
      if (state.phase === 'stopped' || state.phase === 'stopping') return;
      state.phase = 'stopping';
      await worker.stop(graceMs);
      await bot?.stop().catch((err: unknown) => logger.warn('bot framework did not stop cleanly', { err }));
      store.close();
      state.phase = 'stopped';
      logger.info('warden stopped');
    },
  };
}
