import PQueue from 'p-queue';
import type { TokenProvider } from './types.js';

/**
 * The request queue shared by every client of one token. Webex rate-limits per token, so a 429
 * or 423 on one request pauses them all (webex-api.md §8), not only the request that met it.
 */
export interface TokenQueue {
  /** Runs `task` when a slot is free and the queue is not paused; higher priority goes first. */
  run<T>(task: () => Promise<T>, priority?: number): Promise<T>;
  /** Holds back every task not yet started for at least `ms` (a longer pause wins). */
  pauseFor(ms: number): void;
  readonly pausedUntil: number;
}

const queues = new WeakMap<TokenProvider, TokenQueue>();

export function tokenQueue(tokens: TokenProvider, concurrency = 8): TokenQueue {
  let queue = queues.get(tokens);
  if (!queue) {
    queue = createTokenQueue(concurrency);
    queues.set(tokens, queue);
  }
  return queue;
}

function createTokenQueue(concurrency: number): TokenQueue {
  const queue = new PQueue({ concurrency });
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | undefined;

  // Re-armed rather than trusted: a timer may fire a millisecond early, and the wait is a promise to Webex.
  const resumeWhenDue = (): void => {
    const left = pausedUntil - Date.now();
    if (left > 0) {
      timer = setTimeout(resumeWhenDue, left);
      return;
    }
    timer = undefined;
    queue.start();
  };

  return {
    run: async <T>(task: () => Promise<T>, priority = 0) => (await queue.add(task, { priority, throwOnTimeout: true })) as T,
    pauseFor(ms) {
      const until = Date.now() + ms;
      if (until <= pausedUntil) return;
      pausedUntil = until;
      queue.pause();
      if (timer) clearTimeout(timer);
      timer = setTimeout(resumeWhenDue, ms);
    },
    get pausedUntil() {
      return pausedUntil;
    },
  };
}
