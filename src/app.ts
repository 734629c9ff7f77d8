import express from 'express';
import type { Config } from './config/load-config.js';
import { createLogger, childLogger, type Logger } from './log/logger.js';
import { createReceiver } from './receiver/create-receiver.js';
import { createInboxWorker } from './inbox/worker.js';
import { routeEvent } from './inbox/route-event.js';
import { botStreamHandler } from './bot/bot-stream-handler.js';
import { createBot, type Bot } from './bot/create-bot.js';
import { ensureWebhooks } from './webex/webhook-manager.js';
import { orgWebhookSpecs } from './webex/org-webhook-specs.js';
import { createWebhookWatchdog, type WatchedWebhook } from './webex/webhook-watchdog.js';
import { ensureBotWebhooks } from './bot/ensure-bot-webhooks.js';
import { createCommands } from './commands/create-commands.js';
import { registerCommands } from './commands/register-commands.js';
import type { StatusInfo } from './commands/types.js';
import { buildParts } from './app-parts.js';
import { createMetricsApp } from './metrics/create-metrics-app.js';
import type { InboxRow } from './inbox/types.js';
import type { ActionEnvelope } from './actions/types.js';
import { credentialState } from './credentials/index.js';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const KEEP_DONE_MS = 7 * 24 * 60 * 60 * 1000;

export interface AppDeps {
  readonly logger?: Logger;
}

export interface App {
  /** The HTTP handler: webhook routes and /healthz. Listening is the caller's job. */
  readonly handler: express.Express;
  /** GET /metrics, for a port of its own (METRICS_PORT); listening is the caller's job. */
  readonly metricsHandler: express.Express;
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
  startedAt?: string;
  /** PUBLIC_URL, or the URL start() was given. */
  publicUrl?: string;
}

/** Wires the parts of Warden. Opens the store, but touches neither process nor the network until start(). */
export function createApp(config: Config, deps: AppDeps = {}): App {
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const state: AppState = { phase: 'created' };
  let bot: Bot | undefined;
  const kick = (): void => worker.kick();
  const parts = buildParts(config, logger, kick);
  let pruner: NodeJS.Timeout | undefined;
  // Handled rows and deletions seen are kept a week: long enough to recognise any redelivery or
  // overlapping poll.
  const prune = (): void => {
    const before = Date.now() - KEEP_DONE_MS;
    const removed = parts.inbox.pruneDone(before);
    const deletions = parts.deletions.prune(before);
    if (removed + deletions > 0) logger.debug('pruned handled inbox rows and deletions seen', { removed, deletions });
  };
  const { inbox, poller, clients } = parts;

  const { pipeline } = parts;
  const framework = botStreamHandler(() => bot);
  const { actions } = parts;
  const routes = {
    // Card presses go to the action handler; commands and spaces joined or left to the framework.
    bot: (row: InboxRow) => (row.resource === 'attachmentActions' && actions ? actions.handle(row.payload as ActionEnvelope) : framework(row)),
    compliance: pipeline ? (row: { source: string; payload: unknown }) => pipeline(row.source, row.payload) : undefined,
  };
  const worker = createInboxWorker({ repo: inbox, handle: (row, ctx) => routeEvent(row, routes, ctx), logger: childLogger(logger, 'worker'), metrics: parts.metrics,
    checkpoint: () => parts.store.checkpoint() });
  const status = (): StatusInfo => {
    const p = poller?.status();
    return {
      lastEventAt: parts.progress.lastEventAt ?? p?.lastEventAt,
      lagSeconds: p?.lagSeconds,
      pollerError: p?.lastError,
      webhooks: watchdog.webhooks().map((w: WatchedWebhook) => ({ name: w.name, state: w.state, reason: w.reason, repairedAt: w.repairedAt })),
      tokenRefresh: clients.complianceTokens?.status?.(),
      recordings: parts.recordingsPoller?.status(),
      waitingEvents: inbox.depth(),
      credentials: credentialsInfo(),
    };
  };
  // The officer's sign-in, when the OAuth integration is used: its state and the refresh token's expiry.
  const credentialsInfo = (): StatusInfo['credentials'] => {
    if (!clients.refreshTokens) return undefined;
    const at = clients.refreshTokens.expiresAt();
    return { state: credentialState(at, Date.now()), expiresAt: at === undefined ? undefined : new Date(at).toISOString() };
  };
  const watchdog = createWebhookWatchdog({
    intervalSeconds: config.webhookCheckSeconds,
    checks: [checkOrgWebhooks, checkBotWebhooks],
    logger: childLogger(logger, 'webhooks'),
  });
  const commands = createCommands({
    officers: config.officerEmails,
    subscriptions: parts.subscriptions,
    alerts: parts.alerts,
    audit: parts.audit,
    policies: () => parts.engine.rules(),
    status,
    logger: childLogger(logger, 'commands'),
    cases: parts.cases,
  });
  const handler = express();
  handler.disable('x-powered-by');
  handler.use(
    createReceiver({
      secrets: () => [parts.webhookSecret],
      inbox,
      commit: parts.commit,
      logger: childLogger(logger, 'receiver'),
      isReady: () => state.phase === 'ready',
      isStopping: () => state.phase === 'stopping' || state.phase === 'stopped',
      onStored: kick,
      metrics: parts.metrics,
      // Public: enough for a load balancer and a dashboard, nothing about why a webhook fails; a
      // refused compliance credential is named (not its error), as events wait until the admin acts.
      health: () => {
        const { lagSeconds, lastEventAt, tokenRefresh } = status();
        const credential = tokenRefresh?.refused ? { complianceCredential: 'refused: events wait until it is renewed' } : {};
        // `expiring` keeps the answer 200: the bot works, but someone must sign in again soon.
        const credentials = credentialsInfo()?.state;
        return { phase: state.phase, inboxDepth: inbox.depth(), lagSeconds, lastEventAt, ...credential, ...(credentials ? { credentials } : {}) };
      },
    }),
  );

  async function checkOrgWebhooks() {
    if (!clients.compliance || !state.publicUrl) return [];
    return ensureWebhooks({
      api: clients.compliance,
      specs: orgWebhookSpecs(state.publicUrl),
      secret: parts.webhookSecret,
      logger: childLogger(logger, 'webhooks'),
    });
  }
  async function checkBotWebhooks() {
    const name = bot?.framework.webhook ? bot.framework.webhook.name : undefined;
    if (!clients.bot || !name || !state.publicUrl) return [];
    return ensureBotWebhooks({ api: clients.bot, name, targetUrl: `${state.publicUrl}/webhooks/bot`, secret: parts.webhookSecret, logger: childLogger(logger, 'webhooks') });
  }

  return {
    handler,
    metricsHandler: createMetricsApp(parts.metrics),
    state,
    status,
    async start(options = {}) {
      state.phase = 'starting';
      const publicUrl = options.publicUrl ?? config.publicUrl;
      if (!publicUrl) throw new Error('PUBLIC_URL is missing: set it to the URL at which Webex can reach this bot');
      state.publicUrl = publicUrl;
      if (config.botToken && clients.bot) {
        bot = createBot({
          token: config.botToken,
          apiUrl: config.apiUrl,
          webhookUrl: `${publicUrl}/webhooks/bot`,
          secret: parts.webhookSecret,
          api: clients.bot,
          logger: childLogger(logger, 'bot'),
        });
        registerCommands(bot.framework, commands, childLogger(logger, 'commands'));
        await bot.start();
        parts.botIdentity.id = bot.framework.person?.id;
        parts.botIdentity.email = bot.framework.email?.toLowerCase();
      }
      // Org-wide webhooks only lower latency; if Webex refuses one, the poller still sees everything.
      await watchdog.checkNow();
      worker.start();
      poller?.start();
      parts.recordingsPoller?.start();
      parts.cases.start();
      watchdog.start();
      parts.expiryReminder?.start();
      pruner = setInterval(() => prune(), PRUNE_EVERY_MS);
      pruner.unref();
      state.phase = 'ready';
      state.startedAt = new Date().toISOString();
      logger.info('warden ready', { publicUrl, dryRun: config.dryRun });
    },
    async stop(graceMs = 10_000) {
      if (state.phase === 'stopped' || state.phase === 'stopping') return;
      state.phase = 'stopping';
      if (pruner) clearInterval(pruner);
      parts.expiryReminder?.stop();
      await watchdog.stop();
      await poller?.stop();
      await parts.recordingsPoller?.stop();
      await worker.stop(graceMs);
      await parts.cases.stop();
      await bot?.stop().catch((err: unknown) => logger.warn('bot framework did not stop cleanly', { err }));
      parts.store.close();
      state.phase = 'stopped';
      logger.info('warden stopped');
    },
  };
}
