import type { Logger } from '../log/logger.js';
import type { AlertView, RenderedAlert } from '../cards/types.js';
import { renderAlertCard } from '../cards/render-alert-card.js';
import type { Enriched, Finding } from '../policies/types.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { SubscriptionsRepo } from '../store/subscriptions-repo.js';
import type { WebexApi } from '../webex/types.js';
import { WebexApiError, isTransient } from '../webex/webex-api-error.js';
import { alertTarget } from './alert-target.js';
import { buildAlertView } from './build-alert-view.js';
import { createKeyLock } from './create-key-lock.js';
import { newAlertId } from './new-alert-id.js';
import { postAlertCard } from './post-alert-card.js';
import { receivesAlert } from './receives-alert.js';
import type { AlertRecord } from './types.js';
import { updateRecordingAlert } from './update-recording-alert.js';
import type { Metrics } from '../metrics/types.js';
import { commitAtOnce, type Committer } from '../store/group-commit.js';

export interface AlertServiceDeps {
  readonly alerts: AlertsRepo;
  readonly subscriptions: SubscriptionsRepo;
  /** The bot token's API: cards are posted as the bot. */
  readonly api: WebexApi;
  readonly logger: Logger;
  /** Counts alerts by rule and severity. */
  readonly metrics?: Pick<Metrics, 'alertRaised'>;
  readonly render?: (view: AlertView) => RenderedAlert;
  /** Epoch milliseconds; tests pin it. */
  readonly now?: () => number;
  /**
   * How the alert and post records are committed; group commit (src/store/group-commit.ts) lets
   * alerts raised together share a disk flush. At once, by default.
   */
  readonly commit?: Committer;
  /**
   * The id of the alert's card already in a space (src/alerts/find-posted-card.ts). Asked before
   * posting a card of an alert that existed before this call: an earlier post may have reached
   * Webex without its answer reaching Warden (a timeout, a crash), and must not be repeated.
   */
  readonly findPostedCard?: (roomId: string, alertId: string) => Promise<string | undefined>;
  /**
   * The alert's case (src/cases), made when the alert is stored and before its first card: what
   * the card shows of it (its short id, the "Tell the author" default, whether a value can be exempted).
   */
  readonly openCase?: (alert: AlertRecord, finding: Finding, event: Enriched) => Pick<AlertView, 'caseId' | 'notifyAuthor' | 'valueScope'>;
}

export interface RaiseResult {
  alertId: string;
  /** False when the alert existed already (a repeated or replayed event). */
  created: boolean;
  /** The spaces a card was posted to by this call. */
  postedTo: string[];
}

export interface AlertService {
  raise(finding: Finding, event: Enriched): Promise<RaiseResult>;
  /**
   * Runs fn while no alert of the subject is being raised or posted: closing a deleted message's
   * alerts waits for their cards, so that its note goes under each of them.
   */
  exclusive<T>(subjectKey: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * Stores one alert per (subject, rule) and posts its card once in every space that should see
 * it. Safe to call again for the same event: spaces that have the card are skipped, so a retry
 * after a failed post reaches only the spaces still missing it. A recording alert raised again
 * (more accesses) is updated instead, with a note under its cards.
 */
export function createAlertService(deps: AlertServiceDeps): AlertService {
  const render = deps.render ?? renderAlertCard;
  const now = deps.now ?? Date.now;
  const lock = createKeyLock();
  const log = deps.logger;
  const commit = deps.commit ?? commitAtOnce;

  async function postTo(alert: AlertRecord, roomId: string, rendered: RenderedAlert, tried: boolean): Promise<boolean> {
    try {
      const found = tried && deps.findPostedCard ? await deps.findPostedCard(roomId, alert.id) : undefined;
      const messageId = found ?? (await postAlertCard(deps.api, roomId, rendered));
      await commit(() => deps.alerts.recordPost(alert.id, roomId, messageId));
      if (found) log.warn('alert card found already posted by an earlier try; not posted again', { alertId: alert.id, roomId, messageId });
      else log.info('alert card posted', { alertId: alert.id, rule: alert.rule, roomId, messageId });
      return true;
    } catch (err) {
      if (isTransient(err)) {
        log.warn('alert card not posted; the event will be retried', { alertId: alert.id, roomId, err });
        throw err;
      }
      // A space the bot can no longer post in (removed, space deleted) must not hold back the
      // others, nor make the event fail for ever: it misses this card and the reason is logged.
      if (!(err instanceof WebexApiError)) throw err;
      log.error('alert card refused by Webex; space skipped', { alertId: alert.id, roomId, status: err.status, trackingId: err.trackingId });
      return false;
    }
  }

  /** Posts the cards still missing; `tried`: the alert existed before this call, so a post may have been tried. */
  async function route(alert: AlertRecord, tried: boolean, caseView: Pick<AlertView, 'caseId' | 'notifyAuthor' | 'valueScope'>): Promise<string[]> {
    if (alert.status !== 'open') return [];
    const done = new Set(deps.alerts.postsFor(alert.id).map((p) => p.roomId));
    const due = deps.subscriptions.list().filter((s) => !done.has(s.roomId) && receivesAlert(s, alert));
    if (due.length === 0) return [];
    const rendered = render({ alertId: alert.id, ...alert.view, ...caseView });
    const postedTo: string[] = [];
    let retryable: unknown;
    for (const { roomId } of due) {
      // Every space is tried even after a transient failure, so one slow space delays no other.
      const posted = await postTo(alert, roomId, rendered, tried).catch((err: unknown) => {
        retryable ??= err;
        return false;
      });
      if (posted) postedTo.push(roomId);
    }
    if (retryable !== undefined) throw retryable;
    return postedTo;
  }

  return {
    async raise(finding, event) {
      const view = buildAlertView(finding, event);
      const record = {
        id: newAlertId(),
        subjectKey: event.subject.key,
        rule: finding.rule,
        title: finding.title,
        severity: finding.severity,
        kind: event.subject.kind,
        target: alertTarget(event.subject),
        view,
        createdAt: now(),
      };
      // One subject at a time, from storing to the last card: two raises of one alert never post
      // the same card twice, and a deletion of the message (exclusive) waits for the cards.
      const { alert, created, postedTo } = await lock.run(event.subject.key, async () => {
        const stored = await commit(() => deps.alerts.insertIfNew(record));
        if (stored.created) {
          const a = stored.alert;
          log.info('alert stored', { alertId: a.id, rule: a.rule, severity: a.severity, subject: a.subjectKey });
          deps.metrics?.alertRaised(a.rule, a.severity);
        }
        const caseView = deps.openCase ? deps.openCase(stored.alert, finding, event) : {};
        const posted = await route(stored.alert, !stored.created, caseView);
        // After the cards: the note goes under every card, and two updates never interleave.
        if (!stored.created && event.subject.kind === 'recording') await updateRecordingAlert({ ...deps, now }, stored.alert.id, view);
        return { ...stored, postedTo: posted };
      });
      return { alertId: alert.id, created, postedTo };
    },
    exclusive: (subjectKey, fn) => lock.run(subjectKey, fn),
  };
}
