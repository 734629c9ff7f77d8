import type { Logger } from '../log/logger.js';
import type { MetaRepo } from '../store/meta-repo.js';

/** The meta key of the recordings watch's start (ISO time): recordings made before it are not looked at. */
export const RECORDINGS_SINCE_KEY = 'recordings.since';

/**
 * Where the watch begins. On the very first start it is `firstStartDays` back (stored at once,
 * so it stays put across restarts); from then on it never moves, and the windows reach back to
 * it (capped at 365 days by recordings-windows.ts).
 */
export function recordingsSince(meta: Pick<MetaRepo, 'get' | 'set'>, nowMs: number, firstStartDays: number, logger: Logger): number {
  const stored = meta.get(RECORDINGS_SINCE_KEY);
  const parsed = stored === undefined ? Number.NaN : Date.parse(stored);
  if (Number.isFinite(parsed)) return parsed;
  if (stored !== undefined) logger.warn('stored recordings start is not a time; starting afresh', { since: stored });
  const since = nowMs - Math.max(0, firstStartDays) * 86_400_000;
  meta.set(RECORDINGS_SINCE_KEY, new Date(since).toISOString());
  logger.info('recordings poller starts watching', { since: new Date(since).toISOString(), firstStartDays });
  return since;
}
