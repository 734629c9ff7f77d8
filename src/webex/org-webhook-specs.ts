/**
 * The org-wide webhooks Warden registers with the compliance token (SPEC §2.1). Webex offers no
 * org-wide webhook for every message: `messages` fire only for messages with files, and only in
 * orgs with real-time file DLP (webex-api.md §1), so the Events API poller stays the backbone.
 */
export interface WebhookSpec {
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  ownedBy?: 'creator' | 'org';
}

export const WEBHOOK_NAME_PREFIX = 'warden:';

export function orgWebhookSpecs(publicUrl: string): WebhookSpec[] {
  const targetUrl = `${publicUrl}/webhooks/org`;
  return [
    { name: `${WEBHOOK_NAME_PREFIX}org:rooms`, targetUrl, resource: 'rooms', event: 'all', ownedBy: 'org' },
    { name: `${WEBHOOK_NAME_PREFIX}org:messages`, targetUrl, resource: 'messages', event: 'created', ownedBy: 'org' },
  ];
}
