import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import type { MetaRepo } from '../store/meta-repo.js';
import type { WebexApi } from '../webex/types.js';
import { createTrackedPoller, type PollRecord } from './tracked-poller.js';
import { createEventsCursor } from './events-cursor.js';
import { pollEvents } from './poll-events.js';
import type { EventsInbox } from './store-event-pages.js';

export interface EventsPollerOptions {
  api: Pick<WebexApi, 'events' | 'serverOffsetMs'>;
  meta: MetaRepo;
  /** putMany, when given, stores each page in one transaction. */
  inbox: EventsInbox;
  logger: Logger;
  intervalSeconds: number;
  /** On the very first start (no cursor), how far back to begin; 0 = from now. */
  backfillMinutes: number;
  /** How far before the cursor each poll reaches back (EVENTS_OVERLAP_SECONDS): events can become visible after later ones. */
  overlapSeconds?: number;
  /** The longest stretch read before the cursor moves; see MAX_SUB_WINDOW_MS. */
  maxWindowMs?: number;
  resources?: readonly string[];
  /** Events per page; Webex caps it at 1000 (webex-api.md §7). */
  pageSize?: number;
  now?: () => number;
  /** Counts events seen and duplicates; exposes the catch-up lag. */
  metrics?: Pick<Metrics, 'eventReceived' | 'eventDuplicate' | 'watchPoller'>;
}

export interface EventsPollerStatus {
  /** The end (ISO) of the last window fully stored. */
  cursor?: string;
  /** When the last poll ended, successful or not (`lastError` says which). */
  lastPollAt?: string;
  /** The newest `created` of any event seen. */
  lastEventAt?: string;
  /** How far the cursor is behind now: the catch-up lag. */
  lagSeconds?: number;
  /** Why the last poll failed; absent after a successful one. */
  lastError?: string;
}

export interface EventsPoller {
  /** Polls at once (catching up from the cursor), then every interval after each poll ends. */
  start(): void;
  /** No further polls; waits for the poll in progress, which ends after the page it is on. */
  stop(): Promise<void>;
  /** One poll now, or the one in progress: polls never overlap. Rejects when the poll fails. */
  pollOnce(): Promise<{ seen: number; stored: number }>;
  status(): EventsPollerStatus;
}

/**
 * What Warden reads from the Events API: messages and memberships; meeting chat and transcripts
 * (SPEC §10); `rooms`, whose `updated` events signal a classification change (webex-api.md §6, §14).
 * Rooms come first, so that a space classified in the same window is read anew before its messages.
 */
export const EVENT_RESOURCES: readonly string[] = ['rooms', 'messages', 'memberships', 'meetingMessages', 'meetingTranscripts'];

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

function statusOf(cursor: string | undefined, state: PollRecord & { lastEventMs?: number }, nowMs: number): EventsPollerStatus {
  const cursorMs = cursor === undefined ? Number.NaN : Date.parse(cursor);
  const known = Number.isFinite(cursorMs);
  return {
    cursor: known ? cursor : undefined,
    lastPollAt: iso(state.lastPollMs),
    lastEventAt: iso(state.lastEventMs),
    lagSeconds: known ? Math.max(0, Math.round((nowMs - cursorMs) / 1000)) : undefined,
    lastError: state.lastError,
  };
}

/** Reads GET /events from a durable cursor into the inbox (SPEC §2.1). */
export function createEventsPoller(options: EventsPollerOptions): EventsPoller {
  const now = options.now ?? Date.now;
  const cursor = createEventsCursor(options.meta, options.logger, options.backfillMinutes);
  let lastEventMs: number | undefined;

  const poller = createTrackedPoller({
    intervalSeconds: options.intervalSeconds,
    now,
    poll: async (interrupted) => {
      const result = await pollEvents({
        ...options,
        cursor,
        resources: options.resources ?? EVENT_RESOURCES,
        overlapMs: (options.overlapSeconds ?? 60) * 1000,
        pageSize: options.pageSize ?? 1000,
        nowMs: now(),
        interrupted,
      });
      options.metrics?.eventReceived('events', result.seen);
      options.metrics?.eventDuplicate('events', result.seen - result.stored);
      if (result.latestEventMs !== undefined) lastEventMs = Math.max(lastEventMs ?? -Infinity, result.latestEventMs);
      return { seen: result.seen, stored: result.stored };
    },
    onError: (err) => options.logger.warn('events poll failed; the cursor stays and the next poll retries', { err }),
  });

  const status = (): EventsPollerStatus => statusOf(cursor.current, { ...poller.record(), lastEventMs }, now());
  options.metrics?.watchPoller(status);
  return {
    start: poller.start,
    stop: poller.stop,
    pollOnce: poller.pollOnce,
    status,
  };
}
