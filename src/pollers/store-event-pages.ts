import type { InboxItem } from '../inbox/types.js';
import type { WebexApi, WebexEvent } from '../webex/types.js';

/** Where the poller stores events; putMany (one transaction per page) is preferred when given. */
export interface EventsInbox {
  put(item: InboxItem): boolean;
  putMany?(items: readonly InboxItem[]): number;
}

export interface StoreEventPagesInput {
  api: Pick<WebexApi, 'events'>;
  inbox: EventsInbox;
  resources: readonly string[];
  from: string;
  to: string;
  max: number;
  /** Asked between pages: true ends the walk early (shutdown), leaving the rest for the next poll. */
  interrupted: () => boolean;
}

export interface StoredPages {
  seen: number;
  stored: number;
  /** The newest `created` among the events seen, epoch ms. */
  latestEventMs?: number;
  /** False when the walk was interrupted before the last page of the last resource. */
  complete: boolean;
}

/** An Events API item as the inbox keeps it: keyed by what it is about, the whole item as payload. */
function inboxItemOf(event: WebexEvent): InboxItem {
  // data.id names the subject; an item without one still gets a key of its own rather than being lost.
  const dataId = typeof event.data?.id === 'string' ? event.data.id : event.id;
  return { source: 'events', resource: event.resource, event: event.type, dataId, payload: event };
}

/** Stores one page: in one transaction when the inbox can, so a page of 1,000 costs one disk flush, not 1,000. */
function storePage(inbox: EventsInbox, items: InboxItem[]): number {
  if (inbox.putMany) return inbox.putMany(items);
  let stored = 0;
  for (const item of items) if (inbox.put(item)) stored += 1;
  return stored;
}

/**
 * Reads every page of every resource in the window and puts each page's events in the inbox as
 * it arrives. The inbox dedupes, so an event seen again (overlap, a retried poll) is stored once;
 * nothing here depends on the order of events within or across pages.
 */
export async function storeEventPages(input: StoreEventPagesInput): Promise<StoredPages> {
  const out: StoredPages = { seen: 0, stored: 0, complete: true };
  for (const resource of input.resources) {
    const query = { resource, from: input.from, to: input.to, max: input.max };
    for await (const page of input.api.events.pages(query)) {
      out.seen += page.length;
      out.stored += storePage(input.inbox, page.map(inboxItemOf));
      for (const event of page) {
        const created = Date.parse(event.created);
        if (Number.isFinite(created) && created > (out.latestEventMs ?? -Infinity)) out.latestEventMs = created;
      }
      if (input.interrupted()) return { ...out, complete: false };
    }
  }
  return out;
}
