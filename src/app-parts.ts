import type { Config } from './config/load-config.js';
import { childLogger, type Logger } from './log/logger.js';
import { openStore, type Store } from './store/open-store.js';
import { createMetaRepo, type MetaRepo } from './store/meta-repo.js';
import { createInboxRepo, type InboxRepo } from './store/inbox-repo.js';
import { createAlertsRepo, type AlertsRepo } from './store/alerts-repo.js';
import { createSubscriptionsRepo, type SubscriptionsRepo } from './store/subscriptions-repo.js';
import { createWebexClients, type WebexClients } from './webex/create-webex-clients.js';
import { createMetrics, type Metrics } from './metrics/create-metrics.js';
import { loadPolicyFile } from './policies/load-policy-file.js';
import { createPolicyEngine, type PolicyEngine } from './policies/policy-engine.js';
import { createEventsPoller, type EventsPoller } from './pollers/events-poller.js';
import { createRecordingsPoller, type RecordingsPoller } from './pollers/recordings-poller.js';
import { groupCommit, type Committer } from './store/group-commit.js';
import { createDeletionsRepo, type DeletionsRepo } from './store/deletions-repo.js';
import { createAuditRepo } from './store/audit-repo.js';
import type { AuditLog } from './audit/types.js';
import { createActionHandler } from './actions/create-action-handler.js';
import type { ActionHandler } from './actions/types.js';
import { createCases, type Cases } from './cases/index.js';
import { createCasesRepo } from './store/cases-repo.js';
import { createExemptionsRepo } from './store/exemptions-repo.js';
import type { WebexApi } from './webex/types.js';
import { createExpiryReminder, type ExpiryReminder } from './credentials/index.js';
import { buildPipeline, type BotIdentity } from './pipeline-parts.js';

export type { BotIdentity } from './pipeline-parts.js';

/** The long-lived parts of Warden, built from the config; nothing here talks to the network yet. */
export interface Parts {
  readonly store: Store;
  readonly metrics: Metrics;
  readonly inbox: InboxRepo;
  readonly alerts: AlertsRepo;
  /** Group commit shared by the receiver's inbox rows and the alert service's records. */
  readonly commit: Committer;
  /** Messages seen deleted, kept as long as handled inbox rows. */
  readonly deletions: DeletionsRepo;
  readonly subscriptions: SubscriptionsRepo;
  readonly clients: WebexClients;
  readonly engine: PolicyEngine;
  readonly pipeline: ((source: string, payload: unknown) => Promise<void>) | undefined;
  readonly poller: EventsPoller | undefined;
  /** The recording access report, every RECORDINGS_POLL_SECONDS; absent without the compliance token. */
  readonly recordingsPoller: RecordingsPoller | undefined;
  readonly audit: AuditLog;
  /** Card button presses; absent without both tokens. */
  readonly actions: ActionHandler | undefined;
  readonly progress: { lastEventAt?: string };
  /** The secret of every webhook Warden registers (see webhookSecretOf). */
  readonly webhookSecret: string;
  /** Filled in by the app once the bot has started. */
  readonly botIdentity: BotIdentity;
  /** Cases (SPEC §7): states, snoozes, exemptions; started and stopped with the app. */
  readonly cases: Cases;
  /** Reminds the subscribed spaces daily before the officer's sign-in lapses; absent without the integration or the bot. */
  readonly expiryReminder: ExpiryReminder | undefined;
}

/** Without a bot token nothing can be pressed or said, so nothing is ever posted; a call says why. */
const NO_BOT: Pick<WebexApi, 'messages'> = {
  messages: {
    get: () => Promise.reject(new Error('no bot token')),
    recent: () => Promise.reject(new Error('no bot token')),
    create: () => Promise.reject(new Error('no bot token')),
    delete: () => Promise.reject(new Error('no bot token')),
  },
};

/**
 * WEBHOOK_SECRET, or when it is not set, one made at the first start and kept: a new secret at each
 * start would make Webex's deliveries signed with the old one fail (401) while the webhooks are
 * being updated, and a card press or a command lost that way is not seen again.
 */
function webhookSecretOf(config: Config, meta: MetaRepo): string {
  if (!config.webhookSecretGenerated) return config.webhookSecret;
  const kept = meta.get('webhook.secret');
  if (kept) return kept;
  meta.set('webhook.secret', config.webhookSecret);
  return config.webhookSecret;
}

export function buildParts(config: Config, logger: Logger, kick: () => void): Parts {
  // The policy file is read first: a malformed one stops the start before anything is opened.
  const policy = loadPolicyFile(config.policyFile);
  const engine = createPolicyEngine(policy, { logger: childLogger(logger, 'policies') });
  const botIdentity: BotIdentity = {};
  const store = openStore(config.dataDir);
  const meta = createMetaRepo(store);
  const webhookSecret = webhookSecretOf(config, meta);
  const inbox = createInboxRepo(store);
  const alerts = createAlertsRepo(store);
  const subscriptions = createSubscriptionsRepo(store);
  const audit = createAuditRepo(store);
  const deletions = createDeletionsRepo(store);
  const commit = groupCommit(store);
  const metrics = createMetrics();
  metrics.watchInbox(inbox);
  const clients = createWebexClients(config, { logger, meta, metrics });
  const progress: { lastEventAt?: string } = {};
  const { compliance, bot } = clients;
  const cases = createCases({
    cases: createCasesRepo(store),
    exemptions: createExemptionsRepo(store),
    meta,
    alerts,
    audit,
    botApi: bot ?? NO_BOT,
    notifyAuthorDefault: policy.notifyAuthor,
    ...(policy.authorMessage === undefined ? {} : { authorMessage: policy.authorMessage }),
    logger: childLogger(logger, 'cases'),
  });
  const pipeline = compliance && bot ? buildPipeline({ config, logger, engine, metrics, clients: { compliance, bot, complianceTokens: clients.complianceTokens }, alerts, subscriptions, deletions, commit, cases, botIdentity, progress }) : undefined;
  // What a poller stores is worked on at once, not at the worker's next look.
  const intake = {
    put: (item: Parameters<InboxRepo['put']>[0]) => {
      const stored = inbox.put(item);
      if (stored) kick();
      return stored;
    },
    // A page of events in one transaction: one disk flush per page, not per event.
    putMany: (items: Parameters<InboxRepo['putMany']>[0]) => {
      const stored = inbox.putMany(items);
      if (stored > 0) kick();
      return stored;
    },
  };
  const poller = compliance
    ? createEventsPoller({
        api: compliance,
        meta,
        inbox: intake,
        logger: childLogger(logger, 'events-poller'),
        intervalSeconds: config.eventsPollSeconds,
        backfillMinutes: config.eventsBackfillMinutes,
        overlapSeconds: config.eventsOverlapSeconds,
        metrics,
      })
    : undefined;
  const recordingsPoller = compliance
    ? createRecordingsPoller({
        api: compliance,
        meta,
        inbox: intake,
        logger: childLogger(logger, 'recordings-poller'),
        intervalSeconds: config.recordingsPollSeconds,
        ...(config.recordingsHostEmail ? { hostEmail: config.recordingsHostEmail } : {}),
      })
    : undefined;
  const actions =
    compliance && bot
      ? createActionHandler({
          botApi: bot,
          complianceApi: compliance,
          alerts,
          audit,
          officers: config.officerEmails,
          dryRun: config.dryRun,
          logger: childLogger(logger, 'actions'),
          metrics,
          cases,
        })
      : undefined;
  const { refreshTokens } = clients;
  const expiryReminder =
    bot && refreshTokens
      ? createExpiryReminder({
          expiresAt: () => refreshTokens.expiresAt(),
          spaces: () => subscriptions.list(),
          meta,
          post: (roomId, markdown) => bot.messages.create({ roomId, markdown }),
          logger: childLogger(logger, 'credentials'),
        })
      : undefined;
  return { metrics, store, inbox, alerts, commit, deletions, subscriptions, clients, engine, pipeline, poller, recordingsPoller, progress, audit, actions, botIdentity, webhookSecret, cases, expiryReminder };
}
