import type { InboxItem } from '../inbox/types.js';
import type { WebexApi, WebexEvent } from '../webex/types.js';

export interface StoreEventPagesInput {
  api: Pick<WebexApi, 'events'>;
  inbox: { put(item: InboxItem): boolean };
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

/**
 * Reads every page of every resource in the window and puts each event in the inbox as it
 * arrives. The inbox dedupes, so an event seen again (overlap, a retried poll) is stored once;
 * nothing here depends on the order of events within or across pages.
 */
export async function storeEventPages(input: StoreEventPagesInput): Promise<StoredPages> {
  const out: StoredPages = { seen: 0, stored: 0, complete: true };
  for (const resource of input.resources) {
    const query = { resource, from: input.from, to: input.to, max: input.max };
    for await (const page of input.api.events.pages(query)) {
      for (const event of page) {
        out.seen += 1;
        if (input.inbox.put(inboxItemOf(event))) out.stored += 1;
        const created = Date.parse(event.created);
        if (Number.isFinite(created) && created > (out.latestEventMs ?? -Infinity)) out.latestEventMs = created;
      }
      if (input.interrupted()) return { ...out, complete: false };
    }
  }
  return out;
}
