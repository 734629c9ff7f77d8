import type { Registry } from 'prom-client';
import type { RejectReason } from './reject-reason.js';

/** What the inbox gauges read on each scrape. */
export interface InboxGauge {
  depth(): number;
  oldestPendingAgeMs(now: number): number;
}

/** One HTTP exchange with Webex, as the client saw it. */
export interface WebexCall {
  /** The client's label: `bot` or `compliance`. */
  readonly token: string;
  readonly method: string;
  /** The path without base or query; it is turned into a template here. */
  readonly path: string;
  /** The HTTP status, or `timeout` / `network` when no answer came. */
  readonly status: number | 'timeout' | 'network';
}

/**
 * Warden's Prometheus metrics, on a registry of their own (never prom-client's global one, so
 * that several apps in one test process keep separate counts). Parts are handed this object and
 * call the recorder they need; gauges are read from their source when /metrics is scraped.
 */
export interface Metrics {
  readonly registry: Registry;
  /** An event arrived from `source` (events, org-webhook, bot-webhook), new or not. */
  eventReceived(source: string, count?: number): void;
  /** An event was already in the inbox (overlap, a second source, a redelivery) and was dropped. */
  eventDuplicate(source: string, count?: number): void;
  /** An inbox row reached an outcome (done, retry, failed). */
  eventSettled(source: string, outcome: string): void;
  webexRequest(call: WebexCall): void;
  /** A 429 or 423 answer: the token's queue paused for Retry-After. */
  webexRateLimited(token: string): void;
  /** A request sent again after a 5xx, a timeout or a network error. */
  webexRetry(token: string): void;
  /** For the alert service: one alert raised (stored, not a duplicate). */
  alertRaised(rule: string, severity: string): void;
  /** For the action handler: a button press recorded with its verb and outcome. */
  actionTaken(verb: string, outcome: string): void;
  webhookRejected(reason: RejectReason): void;
  /** The inbox the depth and oldest-age gauges read. */
  watchInbox(inbox: InboxGauge): void;
  /** The events poller's status, read for the lag gauge. */
  watchPoller(status: () => { lagSeconds?: number }): void;
}
