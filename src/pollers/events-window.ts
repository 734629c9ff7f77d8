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
