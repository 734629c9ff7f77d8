import type { WebhookSpec } from './webhook-manager.js';
import { webhookName } from './webhook-name.js';

/**
 * The org-wide webhooks Warden registers with the compliance token (SPEC §2.1). Webex offers no
 * org-wide webhook for every message: `messages` fire only for messages with files, and only in
 * orgs with real-time file DLP (webex-api.md §1), so the Events API poller stays the backbone.
 */
export function orgWebhookSpecs(publicUrl: string): WebhookSpec[] {
  const targetUrl = `${publicUrl}/webhooks/org`;
  return [
    { name: webhookName('org:rooms'), targetUrl, resource: 'rooms', event: 'all', ownedBy: 'org' },
    { name: webhookName('org:messages'), targetUrl, resource: 'messages', event: 'created', ownedBy: 'org' },
  ];
}
