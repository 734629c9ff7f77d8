/** How far back the Events API serves events without the Pro Pack (webex-api.md §6). */
export const EVENTS_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

export interface EventsWindowInput {
  /** The durable cursor: the end of the last window that was fully stored. */
  cursorMs: number;
  /** When the poll started; also the window's end, as Webex refuses a `to` in the future. */
  nowMs: number;
  overlapMs: number;
  /** Never reach back before this (the first start's beginning: nothing earlier was wanted). */
  floorMs?: number;
}

export interface EventsWindow {
  fromMs: number;
  toMs: number;
  /** True when the cursor was older than the Events API keeps: events before `fromMs` are lost. */
  clampedToRetention: boolean;
}

/**
 * The window one poll reads: from a little before the cursor (events may become visible after
 * later ones, and their order is undocumented, webex-api.md §6) to now. Undefined when there is
 * nothing to read (the clock went back, or a poll ran within the same millisecond).
 */
export function eventsWindow(input: EventsWindowInput): EventsWindow | undefined {
  const { cursorMs, nowMs, overlapMs, floorMs } = input;
  let fromMs = cursorMs - overlapMs;
  if (floorMs !== undefined) fromMs = Math.max(fromMs, Math.min(floorMs, cursorMs));
  const oldest = nowMs - EVENTS_RETENTION_MS;
  const clampedToRetention = fromMs < oldest;
  if (clampedToRetention) fromMs = oldest;
  if (nowMs <= fromMs) return undefined;
  return { fromMs, toMs: nowMs, clampedToRetention };
}

/**
 * The longest stretch one request walk covers. A catch-up after a long outage is walked in
 * stretches of this size, oldest first, and the cursor moves after each: a failure (a 5xx burst,
 * a deploy) on day 3 of a catch-up costs one stretch, not the two days already stored. Six hours
 * keep a 90-day catch-up to 360 stretches (two resources: 720 walks), each of a few pages.
 */
export const MAX_SUB_WINDOW_MS = 6 * 60 * 60 * 1000;

/** The window cut into consecutive stretches [from, to) of at most maxMs, oldest first. */
export function subWindows(window: Pick<EventsWindow, 'fromMs' | 'toMs'>, maxMs: number = MAX_SUB_WINDOW_MS): Array<{ fromMs: number; toMs: number }> {
  const step = Math.max(1, maxMs);
  const out: Array<{ fromMs: number; toMs: number }> = [];
  for (let from = window.fromMs; from < window.toMs; from += step) out.push({ fromMs: from, toMs: Math.min(window.toMs, from + step) });
  return out;
}
