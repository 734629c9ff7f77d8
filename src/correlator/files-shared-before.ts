import type { Enriched } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import { enrichMessage } from './enrich-message.js';

/**
 * How long before an outsider joined a file shared in the space is judged again. Webex shows a
 * newcomer the space's history, so a file shared just before they joined reaches them too, and
 * that message was judged on a member list without them; more often still, the org webhook or the
 * poller brings the file before the join (the poller stores a page's messages before its
 * memberships). Ten minutes covers the member-list cache (5 minutes), a poll interval and a
 * webhook arriving late, and keeps the re-reading to one page of the space's latest messages.
 */
export const REJUDGE_WINDOW_MS = 10 * 60 * 1000;

/** The space's latest messages read (one page, newest first): a bound on what one join costs. */
export const RECENT_MESSAGES = 50;

/**
 * After an external person joined a space (`joined` is the enriched `memberships`/`created`
 * event), the messages with files shared there within REJUDGE_WINDOW_MS before the join,
 * enriched again with the space as it is now (the join made the cached member list stale, so it is
 * read anew): the caller judges them again, and alerts that already exist are not doubled.
 * Empty for any other event, or when no external joined.
 */
export async function filesSharedBefore(joined: Enriched, lookups: Lookups): Promise<Enriched[]> {
  if (joined.subject.kind !== 'membership' || joined.member?.external !== true) return [];
  const joinedAt = Date.parse(joined.at);
  if (Number.isNaN(joinedAt)) return [];
  const recent = (await lookups.recentMessages(joined.subject.roomId, RECENT_MESSAGES)) ?? [];
  const shared = recent.filter((m) => {
    const at = Date.parse(m.created);
    return Array.isArray(m.files) && m.files.length > 0 && at < joinedAt && at >= joinedAt - REJUDGE_WINDOW_MS;
  });
  const out: Enriched[] = [];
  for (const m of shared) {
    const data = { ...m } as Record<string, unknown> & { id: string };
    // The message as an Events API item carries it (text included): nothing is read again.
    const again = await enrichMessage(
      { origin: 'events-api', eventId: `messages:created:${m.id}`, resource: 'messages', type: 'created', at: m.created, data },
      lookups,
    );
    if (again) out.push(again);
  }
  return out;
}
