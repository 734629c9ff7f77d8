export interface KeyLock {
  /** Runs fn after every earlier fn for the same key has settled. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** Serialises work per key within this process, so two raises of one alert never post the same card twice. */
export function createKeyLock(): KeyLock {
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(fn);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
