/** Runs a poll now and then every interval, never two at once. */
export interface PollLoop<T> {
  /** Polls at once, then again `intervalMs` after each poll ends. A second start is a no-op. */
  start(): void;
  /** No further polls; resolves when the poll in progress (if any) has ended. */
  stop(): Promise<void>;
  /** Polls now, or joins the poll in progress, so callers never make polls overlap. */
  runOnce(): Promise<T>;
}

export interface PollLoopOptions<T> {
  intervalMs: number;
  run: () => Promise<T>;
  /** A failed scheduled poll is reported here and retried at the next interval. */
  onError: (err: unknown) => void;
}

export function createPollLoop<T>(options: PollLoopOptions<T>): PollLoop<T> {
  let current: Promise<T> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Each start() opens a generation; a tick of an older one (started before a stop) ends quietly,
  // so a stop-then-start while a poll runs cannot leave two timer chains.
  let generation = 0;
  let started = false;

  const runOnce = (): Promise<T> => {
    current ??= options.run().finally(() => {
      current = undefined;
    });
    return current;
  };

  const tick = async (gen: number): Promise<void> => {
    timer = undefined;
    try {
      await runOnce();
    } catch (err) {
      options.onError(err);
    }
    if (!started || gen !== generation) return;
    timer = setTimeout(() => void tick(gen), options.intervalMs);
    // The HTTP server keeps the process alive; a poll timer alone must not.
    timer.unref();
  };

  return {
    start() {
      if (started) return;
      started = true;
      generation += 1;
      void tick(generation);
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await current?.catch(() => undefined);
    },
    runOnce,
  };
}
