import type { MetaRepo } from '../store/meta-repo.js';

/** A recording's counts in the access summary. */
export interface AccessCounts {
  views: number;
  downloads: number;
}

export interface RecordingCounts {
  /** The counts last handed to the inbox; a recording never seen reads as 0 and 0. */
  get(recordingId: string): AccessCounts;
  set(recordingId: string, counts: AccessCounts): void;
}

const KEY_PREFIX = 'recordings.counts.';

/**
 * The last counts of each recording, kept in the meta table (one small row per recording that
 * was ever accessed), so a restart does not take every past access for a new one.
 */
export function recordingsCounts(meta: Pick<MetaRepo, 'get' | 'set'>): RecordingCounts {
  return {
    get(recordingId) {
      const [views, downloads] = (meta.get(KEY_PREFIX + recordingId) ?? '0:0').split(':').map(Number);
      return { views: Number.isFinite(views) ? views! : 0, downloads: Number.isFinite(downloads) ? downloads! : 0 };
    },
    set: (recordingId, c) => meta.set(KEY_PREFIX + recordingId, `${c.views}:${c.downloads}`),
  };
}
