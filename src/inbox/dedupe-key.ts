import type { InboxItem } from './types.js';

/**
 * The inbox key of an event: its subject, `resource:event:dataId`. The poller and an org-wide
 * webhook that see the same message share the key, so it is stored once. The bot's deliveries
 * get a `bot:` prefix: a command said to the bot must not be swallowed because the poller saw
 * the same message first (webex-api.md §1: the envelope `id` is the webhook's, not the event's).
 */
export function dedupeKey(item: Pick<InboxItem, 'source' | 'resource' | 'event' | 'dataId'>): string {
  const subject = `${item.resource}:${item.event}:${item.dataId}`;
  return item.source === 'bot-webhook' ? `bot:${subject}` : subject;
}
