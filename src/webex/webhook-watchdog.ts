import type { Logger } from '../log/logger.js';
import type { WebhookReport } from './webhook-manager.js';

/** A webhook as `status` shows it: its last check and its last repair. */
export interface WatchedWebhook extends WebhookReport {
  checkedAt: string;
  repairedAt?: string;
}

export interface WebhookWatchdog {
  /** Runs every check now (the app awaits this at start). */
  checkNow(): Promise<void>;
  /** Checks again every interval, after the previous check ended. */
  start(): void;
  stop(): Promise<void>;
  webhooks(): WatchedWebhook[];
  lastError(): string | undefined;
}

const REPAIRS = new Set(['created', 'reactivated', 'updated']);

/**
 * Webex switches a webhook off after 100 failed deliveries in 5 minutes and never back on
 * (webex-api.md §1), so Warden looks at its own webhooks every WEBHOOK_CHECK_SECONDS.
 */
export function createWebhookWatchdog(o: {
  intervalSeconds: number;
  checks: Array<() => Promise<WebhookReport[]>>;
  logger: Logger;
  now?: () => Date;
}): WebhookWatchdog {
  const now = o.now ?? (() => new Date());
  const watched = new Map<string, WatchedWebhook>();
  let error: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let started = false;

  const record = (reports: WebhookReport[]): void => {
    const at = now().toISOString();
    for (const r of reports) {
      const repairedAt = REPAIRS.has(r.state) ? at : watched.get(r.name)?.repairedAt;
      watched.set(r.name, { ...r, checkedAt: at, ...(repairedAt ? { repairedAt } : {}) });
    }
  };
  const runChecks = async (): Promise<void> => {
    error = undefined;
    for (const check of o.checks) {
      try {
        record(await check());
      } catch (err) {
        // Transient: the next check tries again; the poller still carries the events meanwhile.
        error = err instanceof Error ? err.message : String(err);
        o.logger.warn('webhook check failed; trying again at the next check', { err });
      }
    }
  };
  const checkNow = (): Promise<void> => (running ??= runChecks().finally(() => (running = undefined)));
  const schedule = (): void => {
    if (!started) return;
    timer = setTimeout(() => void checkNow().then(schedule), o.intervalSeconds * 1000);
    timer.unref();
  };
  return {
    checkNow,
    start() {
      if (started) return;
      started = true;
      schedule();
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      await running;
    },
    webhooks: () => [...watched.values()],
    lastError: () => error,
  };
}
