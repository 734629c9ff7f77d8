import type { InboxItem } from './types.js';

/** When a membership began: its `created`, else the event's own time. */
function joinedAt(payload: unknown): string | undefined {
  const p = payload as { created?: unknown; data?: { created?: unknown } } | undefined;
  const at = p?.data?.created ?? p?.created;
  return typeof at === 'string' ? at : undefined;
}

/**
 * The inbox key of an event: its subject, `resource:event:dataId`. The poller and an org-wide
 * webhook that see the same message share the key, so it is stored once. The bot's deliveries
 * get a `bot:` prefix: a command said to the bot must not be swallowed because the poller saw
 * the same message first (webex-api.md §1: the envelope `id` is the webhook's, not the event's).
 * Webex derives a membership's id from the person and the space, so a membership key also
 * carries when it began: a person removed and added back is a new join, not a repeat.
 */
export function dedupeKey(item: Pick<InboxItem, 'source' | 'resource' | 'event' | 'dataId'> & { payload?: unknown }): string {
  const at = item.resource === 'memberships' && item.payload !== undefined ? joinedAt(item.payload) : undefined;
  const subject = `${item.resource}:${item.event}:${item.dataId}${at ? `@${at}` : ''}`;
  return item.source === 'bot-webhook' ? `bot:${subject}` : subject;
}
