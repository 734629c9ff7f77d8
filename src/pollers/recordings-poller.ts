import type { InboxItem } from '../inbox/types.js';
import type { Logger } from '../log/logger.js';
import type { MetaRepo } from '../store/meta-repo.js';
import type { WebexApi } from '../webex/types.js';
import { createTrackedPoller } from './tracked-poller.js';
import { recordingsCounts } from './recordings-counts.js';
import { recordingsPollOnce, type RecordingsPollResult } from './recordings-poll-once.js';
import { recordingsSince } from './recordings-since.js';
import { recordingsWindows } from './recordings-windows.js';

export interface RecordingsPollerOptions {
  api: Pick<WebexApi, 'recordingReport'>;
  meta: Pick<MetaRepo, 'get' | 'set'>;
  inbox: { put(item: InboxItem): boolean };
  logger: Logger;
  /** RECORDINGS_POLL_SECONDS. */
  intervalSeconds: number;
  /** On the very first start, how far back (by when they were recorded) recordings are watched. */
  firstStartDays?: number;
  /** Admin on-behalf-of reading (webex-api.md §9); absent, the compliance officer's own scope. */
  hostEmail?: string;
  now?: () => number;
}

export interface RecordingsPollerStatus {
  /** Whose recordings the report covers: `all` hosts, one host's email, or `own` (the caller's scope). */
  scope: string;
  /** When the last poll ended, successful or not (`lastError` says which). */
  lastPollAt?: string;
  /** Why the last poll failed; absent after a successful one. */
  lastError?: string;
}

export interface RecordingsPoller {
  /** Polls at once, then every interval after each poll ends. */
  start(): void;
  /** No further polls; waits for the poll in progress, which ends after the recording it is on. */
  stop(): Promise<void>;
  /** One poll now, or the one in progress: polls never overlap. Rejects when the poll fails. */
  pollOnce(): Promise<RecordingsPollResult>;
  status(): RecordingsPollerStatus;
}

/** A month back: a first start alerts what recent recordings went through, not a year of history. */
export const DEFAULT_FIRST_START_DAYS = 30;

/** Reads the recording access report into the inbox, one item per change of a recording's counts. */
export function createRecordingsPoller(options: RecordingsPollerOptions): RecordingsPoller {
  const now = options.now ?? Date.now;
  const log = options.logger;
  const counts = recordingsCounts(options.meta);
  const poller = createTrackedPoller({
    intervalSeconds: options.intervalSeconds,
    now,
    poll: async (interrupted) => {
      const nowMs = now();
      const since = recordingsSince(options.meta, nowMs, options.firstStartDays ?? DEFAULT_FIRST_START_DAYS, log);
      const result = await recordingsPollOnce({
        api: options.api,
        inbox: options.inbox,
        counts,
        windows: recordingsWindows(since, nowMs),
        ...(options.hostEmail ? { hostEmail: options.hostEmail } : {}),
        nowIso: new Date(nowMs).toISOString(),
        logger: log,
        interrupted,
      });
      log.log(result.stored > 0 ? 'info' : 'debug', 'recordings polled', { ...result });
      return result;
    },
    onError: (err) => log.warn('recordings poll failed; counts not yet stored are read again at the next poll', { err }),
  });

  return {
    start: poller.start,
    stop: poller.stop,
    pollOnce: poller.pollOnce,
    status: () => {
      const { lastPollMs, lastError } = poller.record();
      return {
        scope: options.hostEmail ?? 'own',
        ...(lastPollMs === undefined ? {} : { lastPollAt: new Date(lastPollMs).toISOString() }),
        ...(lastError === undefined ? {} : { lastError }),
      };
    },
  };
}
