import type { Logger } from '../log/logger.js';
import type { InboxItem } from '../inbox/types.js';
import type { WebexApi } from '../webex/types.js';
import type { EventsCursor } from './events-cursor.js';
import { eventsWindow, subWindows } from './events-window.js';
import { storeEventPages, type StoredPages } from './store-event-pages.js';

export interface PollEventsDeps {
  api: Pick<WebexApi, 'events' | 'serverOffsetMs'>;
  inbox: { put(item: InboxItem): boolean };
  cursor: EventsCursor;
  logger: Logger;
  resources: readonly string[];
  overlapMs: number;
  pageSize: number;
  /** When the poll starts, by the local clock. */
  nowMs: number;
  /** The longest stretch read before the cursor moves (events-window.ts MAX_SUB_WINDOW_MS). */
  maxWindowMs?: number;
  interrupted: () => boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Now by Webex's clock, never later than the local one: a window must not end in Webex's future
 * (webex-api.md §6), and a cursor ahead of Webex's stamps would skip events. Before any answer
 * the local clock is all there is; the walk's first answer then corrects the cursor (below).
 */
function webexNow(api: PollEventsDeps['api'], localMs: number): number {
  return localMs + Math.min(0, api.serverOffsetMs?.() ?? 0);
}

function merge(total: StoredPages, part: StoredPages): StoredPages {
  const latest = Math.max(total.latestEventMs ?? -Infinity, part.latestEventMs ?? -Infinity);
  return {
    seen: total.seen + part.seen,
    stored: total.stored + part.stored,
    complete: total.complete && part.complete,
    ...(Number.isFinite(latest) ? { latestEventMs: latest } : {}),
  };
}

/**
 * One poll: read what happened after the cursor into the inbox, in stretches oldest first, and
 * move the cursor past each stretch once it is stored; a failure or a stop keeps what was done.
 */
export async function pollEvents(deps: PollEventsDeps): Promise<StoredPages> {
  const { cursor, logger, nowMs } = deps;
  const cursorMs = cursor.load(nowMs);
  const window = eventsWindow({ cursorMs, nowMs: webexNow(deps.api, nowMs), overlapMs: deps.overlapMs, floorMs: cursor.floorMs });
  if (!window) return { seen: 0, stored: 0, complete: true };
  if (window.clampedToRetention) {
    logger.warn('events cursor is older than the Events API retention; events before the limit are lost', {
      cursor: iso(cursorMs),
      from: iso(window.fromMs),
    });
  }
  let total: StoredPages = { seen: 0, stored: 0, complete: true };
  for (const part of subWindows(window, deps.maxWindowMs)) {
    const from = iso(part.fromMs);
    const to = iso(part.toMs);
    const result = await storeEventPages({ ...deps, from, to, max: deps.pageSize });
    total = merge(total, result);
    if (!result.complete) {
      logger.info('events poll interrupted by stop; the cursor stays after the last stretch stored', { from, seen: result.seen, stored: result.stored });
      return total;
    }
    // Only now is every event of the stretch in the inbox, so the cursor may pass it; never past
    // Webex's time as its answers told it (the first poll's window was cut by the local clock).
    cursor.save(Math.max(Math.min(part.toMs, webexNow(deps.api, nowMs)), cursorMs));
    logger.log(result.stored > 0 ? 'info' : 'debug', 'events polled', { from, to, seen: result.seen, stored: result.stored });
    if (deps.interrupted()) return { ...total, complete: false };
  }
  return total;
}
