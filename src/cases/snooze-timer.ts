/** setTimeout's longest delay (about 24.8 days); a later wake is reached by waking early and re-arming. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface SnoozeTimer {
  /** Arms the timer for the next stored until-time (after a start, or a new snooze). */
  rearm(): void;
  /** Stops waking; resolves once a wake in progress has finished (before the store closes). */
  stop(): Promise<void>;
}

/**
 * One timer for every snooze: it sleeps until the earliest stored until-time, wakes the cases due
 * then, and sleeps again. Nothing is polled; the until-times are in the store, so a restart finds
 * them again (and wakes at once those whose time passed while Warden was down).
 */
export function createSnoozeTimer(deps: { nextWake: () => number | undefined; wakeDue: () => Promise<void>; now: () => number; onError: (err: unknown) => void }): SnoozeTimer {
  let timer: NodeJS.Timeout | undefined;
  let armedFor: number | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const fire = (): void => {
    timer = undefined;
    armedFor = undefined;
    running = running
      .then(() => deps.wakeDue())
      .catch(deps.onError)
      .then(() => {
        if (!stopped) rearm();
      });
  };

  function rearm(): void {
    if (stopped) return;
    const next = deps.nextWake();
    if (next === undefined) return;
    if (timer && armedFor !== undefined && armedFor <= next) return;
    if (timer) clearTimeout(timer);
    armedFor = next;
    timer = setTimeout(fire, Math.min(MAX_DELAY_MS, Math.max(0, next - deps.now())));
  }

  return {
    rearm: () => {
      stopped = false;
      rearm();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      armedFor = undefined;
      await running;
    },
  };
}
