import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { endpointTemplate } from './endpoint-template.js';
import { scrapeGauges, type GaugeSources } from './scrape-gauges.js';
import type { Metrics } from './types.js';

export type { Metrics, WebexCall, InboxGauge } from './types.js';

export interface MetricsOptions {
  /** Process metrics (resident memory, CPU, event-loop lag, heap); on by default. */
  readonly processMetrics?: boolean;
}

function counter(registry: Registry, name: string, help: string, labelNames: readonly string[]) {
  return new Counter({ name, help, labelNames: [...labelNames], registers: [registry] });
}

/** The series of issue 6, registered on a fresh registry. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const received = counter(registry, 'warden_events_received_total', 'Events that arrived, by source, duplicates included', ['source']);
  const duplicate = counter(registry, 'warden_events_duplicate_total', 'Events dropped because the inbox already held their subject', ['source']);
  const settled = counter(registry, 'warden_inbox_settled_total', 'Inbox rows worked to an outcome', ['source', 'outcome']);
  const requests = counter(registry, 'warden_webex_requests_total', 'HTTP exchanges with Webex, retries included', ['token', 'method', 'endpoint', 'status']);
  const limited = counter(registry, 'warden_webex_rate_limited_total', 'Webex answers 429 or 423 (the queue waited Retry-After)', ['token']);
  const retries = counter(registry, 'warden_webex_retries_total', 'Webex requests sent again after a 5xx, timeout or network error', ['token']);
  const alerts = counter(registry, 'warden_alerts_total', 'Alerts raised', ['rule', 'severity']);
  const actions = counter(registry, 'warden_actions_total', 'Button presses recorded, by verb and outcome', ['verb', 'outcome']);
  const rejected = counter(registry, 'warden_webhook_rejected_total', 'Webhook deliveries refused, by reason', ['reason']);

  const sources: GaugeSources = {};
  scrapeGauges(registry, sources);

  return {
    registry,
    eventReceived: (source, count = 1) => count > 0 && received.inc({ source }, count),
    eventDuplicate: (source, count = 1) => count > 0 && duplicate.inc({ source }, count),
    eventSettled: (source, outcome) => settled.inc({ source, outcome }),
    webexRequest: (c) => requests.inc({ token: c.token, method: c.method.toUpperCase(), endpoint: endpointTemplate(c.path), status: String(c.status) }),
    webexRateLimited: (token) => limited.inc({ token }),
    webexRetry: (token) => retries.inc({ token }),
    alertRaised: (rule, severity) => alerts.inc({ rule, severity }),
    actionTaken: (verb, outcome) => actions.inc({ verb, outcome }),
    webhookRejected: (reason) => rejected.inc({ reason }),
    watchInbox: (inbox) => void (sources.inbox = inbox),
    watchPoller: (status) => void (sources.poller = status),
  };
}
