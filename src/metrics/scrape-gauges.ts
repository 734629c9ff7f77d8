import { Gauge, type Registry } from 'prom-client';
import type { InboxGauge } from './types.js';

export interface GaugeSources {
  inbox?: InboxGauge;
  poller?: () => { lagSeconds?: number };
}

/**
 * The gauges read from their source when /metrics is scraped (an idle bot costs nothing between
 * scrapes). `sources` is filled in later by watchInbox / watchPoller; until then they stay unset.
 */
export function scrapeGauges(registry: Registry, sources: GaugeSources): void {
  new Gauge({
    name: 'warden_inbox_depth',
    help: 'Inbox rows not yet done (pending or in progress)',
    registers: [registry],
    collect() {
      if (sources.inbox) this.set(sources.inbox.depth());
    },
  });
  new Gauge({
    name: 'warden_inbox_oldest_pending_age_seconds',
    help: 'Age of the oldest inbox row not yet done; 0 when empty',
    registers: [registry],
    collect() {
      if (sources.inbox) this.set(sources.inbox.oldestPendingAgeMs(Date.now()) / 1000);
    },
  });
  new Gauge({
    name: 'warden_events_poller_lag_seconds',
    help: 'How far the Events API cursor is behind now',
    registers: [registry],
    collect() {
      const lag = sources.poller?.().lagSeconds;
      if (lag !== undefined) this.set(lag);
    },
  });
}
