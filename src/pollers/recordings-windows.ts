const DAY_MS = 86_400_000;

/** The access summary takes `from`/`to` at most 90 days apart (webex-api.md §9). */
export const RECORDINGS_WINDOW_MS = 90 * DAY_MS;
/**
 * And a `from` at most 365 days back; a minute is kept in hand so that a clock a little ahead of
 * Webex's never asks for a day too many.
 */
export const RECORDINGS_REACH_MS = 365 * DAY_MS - 60_000;

export interface RecordingsWindow {
  from: string;
  to: string;
}

/**
 * The windows one poll reads, newest first: from the watch's start (or 365 days back, whichever
 * is later) up to now, cut into pieces of at most 90 days. The report lists recordings by when
 * they were recorded, so a recording made long ago is still looked at while it is in reach: its
 * counts can move any time.
 */
export function recordingsWindows(sinceMs: number, nowMs: number): RecordingsWindow[] {
  const start = Math.max(sinceMs, nowMs - RECORDINGS_REACH_MS);
  const out: RecordingsWindow[] = [];
  for (let to = nowMs; to > start; to -= RECORDINGS_WINDOW_MS) {
    const from = Math.max(start, to - RECORDINGS_WINDOW_MS);
    out.push({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
  }
  return out;
}
