import type { Logger } from '../log/logger.js';
import type { WebexApi } from '../webex/types.js';
import { sameUrl, type WebhookReport } from '../webex/webhook-manager.js';

export interface BotWebhookOptions {
  readonly api: WebexApi;
  /** The framework's name for its webhooks (base64 of host and bot email); both share it. */
  readonly name: string;
  readonly targetUrl: string;
  readonly secret: string;
  readonly logger: Logger;
}

// The framework registers these two at start (webex-api.md §11): the firehose does not carry
// attachmentActions, so card presses need their own webhook.
const WANTED = [
  { resource: 'all', event: 'all' },
  { resource: 'attachmentActions', event: 'created' },
] as const;

/**
 * Keeps the bot framework's two webhooks alive between restarts: one Webex switched off is
 * switched back on, one that disappeared is recreated. Only webhooks with the framework's name
 * and this deployment's target are looked at (another deployment's are never changed, even when
 * Webex switched them off); the framework itself replaces them at its next start.
 */
export async function ensureBotWebhooks(o: BotWebhookOptions): Promise<WebhookReport[]> {
  const target = sameUrl(o.targetUrl);
  const mine = (await o.api.webhooks.list()).filter((w) => w.name === o.name && sameUrl(w.targetUrl) === target);
  const reports: WebhookReport[] = [];
  for (const want of WANTED) {
    const label = `bot:${want.resource}/${want.event}`;
    const found = mine.find((w) => w.resource === want.resource && w.event === want.event);
    if (!found) {
      const made = await o.api.webhooks.create({ name: o.name, targetUrl: o.targetUrl, ...want, secret: o.secret });
      o.logger.warn('bot webhook was missing: recreated', { webhook: label, id: made.id });
      reports.push({ name: label, id: made.id, state: 'created' });
    } else if (found.status !== 'active') {
      await o.api.webhooks.update(found.id, { name: o.name, targetUrl: o.targetUrl, secret: o.secret, status: 'active' });
      o.logger.warn('bot webhook was inactive: reactivated', { webhook: label, id: found.id });
      reports.push({ name: label, id: found.id, state: 'reactivated' });
    } else {
      reports.push({ name: label, id: found.id, state: 'ok' });
    }
  }
  return reports;
}
