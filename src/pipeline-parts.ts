import type { Config } from './config/load-config.js';
import { childLogger, type Logger } from './log/logger.js';
import type { AlertsRepo } from './store/alerts-repo.js';
import type { SubscriptionsRepo } from './store/subscriptions-repo.js';
import type { DeletionsRepo } from './store/deletions-repo.js';
import type { Committer } from './store/group-commit.js';
import type { Metrics } from './metrics/create-metrics.js';
import type { PolicyEngine } from './policies/policy-engine.js';
import type { Enriched } from './policies/types.js';
import type { TokenProvider, WebexApi } from './webex/types.js';
import { createContentsApi } from './webex/contents.js';
import { createCorrelator } from './correlator/create-correlator.js';
import { createAlertService } from './alerts/create-alert-service.js';
import { closeDeletedMessage } from './alerts/close-deleted-message.js';
import { closeLeftMembership } from './alerts/close-left-membership.js';
import { findPostedCard } from './alerts/find-posted-card.js';
import { createCompliancePipeline } from './inbox/compliance-pipeline.js';
import { createFileScanner, createTranscriptScanner, FILE_LIMITS, type FileScanner } from './files/index.js';
import type { Cases } from './cases/index.js';

/** Who the bot is, learnt when it starts (people/me on the bot token). */
export interface BotIdentity {
  id?: string;
  email?: string;
}

function isBot(bot: BotIdentity, author: { personId?: string; personEmail?: string }): boolean {
  return (bot.id !== undefined && author.personId === bot.id) || (bot.email !== undefined && author.personEmail?.toLowerCase() === bot.email);
}

export interface PipelineDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly engine: PolicyEngine;
  readonly metrics: Metrics;
  readonly clients: { readonly compliance: WebexApi; readonly bot: WebexApi; readonly complianceTokens: TokenProvider | undefined };
  readonly alerts: AlertsRepo;
  readonly subscriptions: SubscriptionsRepo;
  readonly deletions: DeletionsRepo;
  readonly commit: Committer;
  readonly cases: Cases;
  readonly botIdentity: BotIdentity;
  readonly progress: { lastEventAt?: string };
}

/** FILE_SCAN on and a compliance credential: the files of messages are read with it (SPEC §8). */
function fileScannerOf(deps: PipelineDeps): FileScanner | undefined {
  const { config, clients, logger } = deps;
  if (!config.fileScan || !clients.complianceTokens) return undefined;
  const log = childLogger(logger, 'files');
  const contents = createContentsApi({
    baseUrl: config.apiUrl,
    tokens: clients.complianceTokens,
    logger: log,
    maxLockWaits: FILE_LIMITS.maxLockWaits,
    maxRetryAfterSeconds: FILE_LIMITS.maxRetryAfterSeconds,
    metrics: deps.metrics,
  });
  return createFileScanner({ contents, evaluate: deps.engine.evaluate, logger: log, maxBytes: config.fileScanMaxBytes });
}

/**
 * correlator → policies → alerts for each stored compliance event (src/inbox/compliance-pipeline.ts),
 * with what it needs wired in: the alert service, the file and transcript scanners, the cases
 * (exemptions stop a finding; a message deleted in Webex closes its case), the closing of alerts
 * whose message or member went in Webex. Needs both tokens.
 */
export function buildPipeline(deps: PipelineDeps): (source: string, payload: unknown) => Promise<void> {
  const { logger, engine, metrics, alerts, subscriptions, deletions, commit, cases, botIdentity, progress } = deps;
  const { compliance, bot } = deps.clients;
  const files = fileScannerOf(deps);
  const transcripts = createTranscriptScanner({ evaluate: engine.evaluate, logger: childLogger(logger, 'files') });
  const alertService = createAlertService({
    alerts,
    subscriptions,
    api: bot,
    logger: childLogger(logger, 'alerts'),
    metrics,
    commit,
    // The officer's token reads any space (a bot cannot list a group space's messages).
    // Until the bot knows who it is, any author will do: the alert id is random.
    findPostedCard: (roomId, alertId) =>
      findPostedCard(compliance, roomId, alertId, (m) => (botIdentity.id === undefined && botIdentity.email === undefined) || isBot(botIdentity, m)),
    openCase: (alert, finding, event) => {
      const c = cases.open(alert, finding, event);
      return { caseId: c.shortId, notifyAuthor: cases.notifyAuthorDefault, valueScope: c.valueHashes.length > 0 };
    },
  });
  // What closes alerts whose subject went in Webex: the notes under the cards are the bot's.
  // A message deleted or a member gone in Webex closes the alert and its case (`gone`).
  const closing = { alerts, botApi: bot, complianceApi: compliance, logger: childLogger(logger, 'alerts'), closeCase: cases.closeGone };
  return createCompliancePipeline({
    enrich: createCorrelator({ api: compliance, logger: childLogger(logger, 'correlator') }).enrich,
    evaluate: engine.evaluate,
    // A false positive's exemption stops the alert before it is raised (SPEC §7).
    raise: (finding, event) => {
      const exemption = cases.exempted(finding, event);
      if (!exemption) return alertService.raise(finding, event);
      logger.info('finding exempted by a false positive; no alert', { rule: finding.rule, exemptionId: exemption.id, subject: event.subject.key });
      return Promise.resolve({ alertId: '', created: false });
    },
    deletions,
    // After any card of the message's alerts being posted, so that the note goes under it.
    closeDeleted: (deletion) =>
      alertService.exclusive(`message:${deletion.messageId}`, () => closeDeletedMessage(closing, deletion)),
    closeLeft: (end) => alertService.exclusive(end.subjectKey, () => closeLeftMembership(closing, end)),
    processed: (_event, at) => (progress.lastEventAt = at.toISOString()),
    isOwnMessage: (author) => isBot(botIdentity, author),
    // A transcript is read like a file whatever FILE_SCAN says: it is the event's only text.
    scanFiles: async (event: Enriched) => {
      if (event.transcriptText !== undefined) return { findings: await transcripts.scan(event), notInspected: [] };
      return files && event.files?.length ? files.scan(event) : undefined;
    },
    logger: childLogger(logger, 'pipeline'),
  });
}
