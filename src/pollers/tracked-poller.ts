import { createPollLoop } from './poll-loop.js';

/** What every poller reports about its last poll. */
export interface PollRecord {
  /** When the last poll ended (epoch ms), successful or not. */
  lastPollMs?: number;
  /** Why the last poll failed; absent after a successful one. */
  lastError?: string;
}

export interface TrackedPoller<T> {
  /** Polls at once, then every interval after each poll ends. */
  start(): void;
  /** No further polls; tells the poll in progress to stop at its next step and waits for it. */
  stop(): Promise<void>;
  /** One poll now, or the one in progress: polls never overlap. Rejects when the poll fails. */
  pollOnce(): Promise<T>;
  record(): Readonly<PollRecord>;
}

/**
 * A poll loop that remembers how its last poll ended, for `status`, and lets a poll in progress
 * know that a stop was asked for (so it ends after the page or recording it is on).
 */
export function createTrackedPoller<T>(o: {
  intervalSeconds: number;
  now: () => number;
  poll: (interrupted: () => boolean) => Promise<T>;
  onError: (err: unknown) => void;
}): TrackedPoller<T> {
  const record: PollRecord = {};
  let stopping = false;
  const run = async (): Promise<T> => {
    try {
      const result = await o.poll(() => stopping);
      delete record.lastError;
      return result;
    } catch (err) {
      record.lastError = err instanceof Error ? err.message : String(err);
      throw err;
    } finally {
      record.lastPollMs = o.now();
    }
  };
  const loop = createPollLoop({ intervalMs: o.intervalSeconds * 1000, run, onError: o.onError });
  return {
    start() {
      stopping = false;
      loop.start();
    },
    async stop() {
      stopping = true;
      await loop.stop();
    },
    pollOnce: () => loop.runOnce(),
    record: () => record,
  };
}
