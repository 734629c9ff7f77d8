import express from 'express';
import type { Config } from './config/load-config.js';
import { createLogger, childLogger, type Logger } from './log/logger.js';
import { createReceiver } from './receiver/create-receiver.js';
import { createInboxWorker } from './inbox/worker.js';
import { routeEvent } from './inbox/route-event.js';
import { botStreamHandler } from './bot/bot-stream-handler.js';
import { createBot, type Bot } from './bot/create-bot.js';
import { ensureWebhooks, type WebhookReport } from './webex/webhook-manager.js';
import { orgWebhookSpecs } from './webex/org-webhook-specs.js';
import { createCommands } from './commands/create-commands.js';
import { registerCommands } from './commands/register-commands.js';
import type { StatusInfo } from './commands/types.js';
import { buildParts } from './app-parts.js';

export interface AppDeps {
  readonly logger?: Logger;
}

export interface App {
  /** The HTTP handler: webhook routes and /healthz. Listening is the caller's job. */
  readonly handler: express.Express;
  /** Registers webhooks under publicUrl (PUBLIC_URL by default), starts the bot, the worker and the poller. */
  start(options?: { publicUrl?: string }): Promise<void>;
  /** Health 503, stop intake and pollers, finish in-flight work within graceMs, close the store last. */
  stop(graceMs?: number): Promise<void>;
  readonly state: AppState;
  /** What `status` and /healthz report. */
  status(): StatusInfo;
}

export interface AppState {
  phase: 'created' | 'starting' | 'ready' | 'stopping' | 'stopped';
  webhooks: WebhookReport[];
  startedAt?: string;
}

/** Wires the parts of Warden. Opens the store, but touches neither process nor the network until start(). */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const state: AppState = { phase: 'created', webhooks: [] };
  let bot: Bot | undefined;
  const kick = (): void => worker.kick();
  const parts = buildParts(config, logger, kick);
  const { inbox, poller, clients } = parts;

  const { pipeline } = parts;
  const routes = {
    bot: botStreamHandler(() => bot),
    compliance: pipeline ? (row: { source: string; payload: unknown }) => pipeline(row.source, row.payload) : undefined,
  };
  const worker = createInboxWorker({ repo: inbox, handle: (row, ctx) => routeEvent(row, routes, ctx), logger: childLogger(logger, 'worker') });
  const status = (): StatusInfo => {
    const p = poller?.status();
    return {
      lastEventAt: parts.progress.lastEventAt ?? p?.lastEventAt,
      lagSeconds: p?.lagSeconds,
      pollerError: p?.lastError,
      webhooks: state.webhooks.map((w) => ({ name: w.name, state: w.state, reason: w.reason })),
    };
  };
  const commands = createCommands({
    officers: config.officerEmails,
    subscriptions: parts.subscriptions,
    alerts: parts.alerts,
    policies: () => parts.engine.rules(),
    status,
    logger: childLogger(logger, 'commands'),
  });
  const handler = express();
  handler.disable('x-powered-by');
  handler.use(
    createReceiver({
      secrets: () => [config.webhookSecret],
      inbox,
      logger: childLogger(logger, 'receiver'),
      isReady: () => state.phase === 'ready',
      isStopping: () => state.phase === 'stopping' || state.phase === 'stopped',
      onStored: kick,
      health: () => ({ phase: state.phase, inboxDepth: inbox.depth(), ...status() }),
    }),
  );

  async function registerOrgWebhooks(publicUrl: string): Promise<void> {
    if (!clients.compliance) return;
    try {
      state.webhooks = await ensureWebhooks({
        api: clients.compliance,
        specs: orgWebhookSpecs(publicUrl),
        secret: config.webhookSecret,
        logger: childLogger(logger, 'webhooks'),
      });
    } catch (err) {
      // Org-wide webhooks only lower latency; the Events API poller still sees everything.
      logger.warn('org-wide webhooks could not be checked; the Events API poller carries on', { err });
      state.webhooks = orgWebhookSpecs(publicUrl).map((s) => ({ name: s.name, state: 'refused', reason: 'Webex could not be reached' }) as WebhookReport);
    }
  }

  return {
    handler,
    state,
    status,
    async start(options = {}) {
      state.phase = 'starting';
      const publicUrl = options.publicUrl ?? config.publicUrl;
      if (!publicUrl) throw new Error('PUBLIC_URL is missing: set it to the URL at which Webex can reach this bot');
      await registerOrgWebhooks(publicUrl);
      if (config.botToken && clients.bot) {
        bot = createBot({
          token: config.botToken,
          apiUrl: config.apiUrl,
          webhookUrl: `${publicUrl}/webhooks/bot`,
          secret: config.webhookSecret,
          api: clients.bot,
          logger: childLogger(logger, 'bot'),
        });
        registerCommands(bot.framework, commands, childLogger(logger, 'commands'));
        await bot.start();
      }
      worker.start();
      poller?.start();
      state.phase = 'ready';
      state.startedAt = new Date().toISOString();
      logger.info('warden ready', { publicUrl, dryRun: config.dryRun });
    },
    async stop(graceMs = 10_000) {
      if (state.phase === 'stopped' || state.phase === 'stopping') return;
      state.phase = 'stopping';
      await poller?.stop();
      await worker.stop(graceMs);
      await bot?.stop().catch((err: unknown) => logger.warn('bot framework did not stop cleanly', { err }));
      parts.store.close();
      state.phase = 'stopped';
      logger.info('warden stopped');
    },
  };
}
