import type { Logger } from '../log/logger.js';
import type { InboxItem } from '../inbox/types.js';
import type { WebexApi } from '../webex/types.js';
import type { EventsCursor } from './events-cursor.js';
import { eventsWindow } from './events-window.js';
import { storeEventPages, type StoredPages } from './store-event-pages.js';

export interface PollEventsDeps {
  api: Pick<WebexApi, 'events'>;
  inbox: { put(item: InboxItem): boolean };
  cursor: EventsCursor;
  logger: Logger;
  resources: readonly string[];
  overlapMs: number;
  pageSize: number;
  /** When the poll starts: the window's end, as Webex refuses a `to` in the future. */
  nowMs: number;
  interrupted: () => boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** One poll: read the window after the cursor into the inbox, then move the cursor past it. */
export async function pollEvents(deps: PollEventsDeps): Promise<StoredPages> {
  const { cursor, logger, nowMs } = deps;
  const cursorMs = cursor.load(nowMs);
  const window = eventsWindow({ cursorMs, nowMs, overlapMs: deps.overlapMs, floorMs: cursor.floorMs });
  if (!window) return { seen: 0, stored: 0, complete: true };
  if (window.clampedToRetention) {
    logger.warn('events cursor is older than the Events API retention; events before the limit are lost', {
      cursor: iso(cursorMs),
      from: iso(window.fromMs),
    });
  }
  const from = iso(window.fromMs);
  const to = iso(window.toMs);
  const result = await storeEventPages({ ...deps, from, to, max: deps.pageSize });
  if (!result.complete) {
    logger.info('events poll interrupted by stop; the cursor stays', { from, seen: result.seen, stored: result.stored });
    return result;
  }
  // Only now is every event of the window in the inbox, so the cursor may pass it.
  cursor.save(Math.max(window.toMs, cursorMs));
  logger.log(result.stored > 0 ? 'info' : 'debug', 'events polled', { from, to, seen: result.seen, stored: result.stored });
  return result;
}
