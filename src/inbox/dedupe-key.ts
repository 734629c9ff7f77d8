import type { InboxItem } from './types.js';

/**
 * What tells apart two events of one kind about the same thing: when a membership began (Webex
 * reuses a membership's id for a person added back), or when a message was edited (each edit is
 * read anew). Undefined for everything else.
 */
function versionOf(item: { resource: string; event: string; payload?: unknown }): string | undefined {
  const p = item.payload as { created?: unknown; data?: { created?: unknown; updated?: unknown } } | undefined;
  if (!p) return undefined;
  const at = item.resource === 'memberships' ? (p.data?.created ?? p.created)
    : item.resource === 'messages' && item.event === 'updated' ? (p.data?.updated ?? p.created)
    : undefined;
  return typeof at === 'string' ? at : undefined;
}

/**
 * The inbox key of an event: its subject, `resource:event:dataId`. The poller and an org-wide
 * webhook that see the same message share the key, so it is stored once. The bot's deliveries
 * get a `bot:` prefix: a command said to the bot must not be swallowed because the poller saw
 * the same message first (webex-api.md §1: the envelope `id` is the webhook's, not the event's).
 * Webex derives a membership's id from the person and the space, so a membership key also
 * carries when it began (a person removed and added back is a new join, not a repeat); an edited
 * message's key carries the edit's time.
 */
export function dedupeKey(item: Pick<InboxItem, 'source' | 'resource' | 'event' | 'dataId'> & { payload?: unknown }): string {
  const at = versionOf(item);
  const subject = `${item.resource}:${item.event}:${item.dataId}${at ? `@${at}` : ''}`;
  return item.source === 'bot-webhook' ? `bot:${subject}` : subject;
}
