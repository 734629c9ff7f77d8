import type { Logger } from '../log/logger.js';
import type { MetaRepo } from '../store/meta-repo.js';

/** The meta key of the durable cursor: the end (ISO time) of the last window fully stored. */
export const EVENTS_CURSOR_KEY = 'events.cursor';

export interface EventsCursor {
  /** The cursor in epoch ms; on the very first start, begins (and stores) it `backfillMinutes` back. */
  load(nowMs: number): number;
  save(ms: number): void;
  /** The cursor as last read or written, without touching the store (for status). */
  readonly current: string | undefined;
  /** Where this process first began without a cursor: nothing before it was ever wanted. */
  readonly floorMs: number | undefined;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function createEventsCursor(meta: MetaRepo, logger: Logger, backfillMinutes: number): EventsCursor {
  let current: string | undefined = meta.get(EVENTS_CURSOR_KEY);
  let floorMs: number | undefined;
  const save = (ms: number): void => {
    current = iso(ms);
    meta.set(EVENTS_CURSOR_KEY, current);
  };
  return {
    load(nowMs) {
      current = meta.get(EVENTS_CURSOR_KEY);
      const parsed = current === undefined ? Number.NaN : Date.parse(current);
      if (Number.isFinite(parsed)) return parsed;
      if (current !== undefined) logger.warn('stored events cursor is not a time; starting afresh', { cursor: current });
      // Stored at once: if the first poll fails, the next one must still begin here, not at a
      // later "now" that would skip what happened in between.
      const start = nowMs - Math.max(0, backfillMinutes) * 60_000;
      save(start);
      floorMs = start;
      logger.info('events poller starts without a cursor', { from: current, backfillMinutes });
      return start;
    },
    save,
    get current() {
      return current;
    },
    get floorMs() {
      return floorMs;
    },
  };
}
