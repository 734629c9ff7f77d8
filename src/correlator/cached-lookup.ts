import NodeCache from 'node-cache';

/** A keyed lookup behind a TTL cache; concurrent misses of one key share a single load. */
export interface CachedLookup<T> {
  /**
   * The value, or undefined when the thing is gone (that answer is cached too). With
   * `freshSince` (epoch ms), a cached answer or a load in flight that started before then is not
   * good enough: it is loaded again (and the new answer kept).
   */
  get(key: string, freshSince?: number): Promise<T | undefined>;
  /** Forgets the key, including a load in flight: its answer may predate the change. */
  invalidate(key: string): void;
}

export interface CachedLookupOptions<T> {
  ttlSeconds: number;
  load: (key: string) => Promise<T | undefined>;
  /** Called for every get answered without a load (cached, or joining one in flight). */
  onHit: () => void;
  /**
   * At most this many answers are kept (10,000 by default), so the cache's memory is bounded
   * however big the org: once full, new answers are used but not kept until older ones expire.
   */
  maxKeys?: number;
  /** Epoch milliseconds; tests pin it. */
  now?: () => number;
}

export const DEFAULT_MAX_KEYS = 10_000;

/** Boxed so that "gone" (undefined) can be cached as well, and 100 events of a deleted space cost one call. */
interface Box<T> {
  value: T | undefined;
  /** When its load started: the answer shows the thing as it was at some moment after this. */
  loadedAt: number;
}

interface Load<T> {
  pending: Promise<T | undefined>;
  startedAt: number;
}

export function createCachedLookup<T>(options: CachedLookupOptions<T>): CachedLookup<T> {
  // useClones false: the values are read-only API answers, and cloning them on every hit is waste.
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  const cache = new NodeCache({ stdTTL: options.ttlSeconds, checkperiod: Math.max(60, options.ttlSeconds), useClones: false, maxKeys });
  const inFlight = new Map<string, Load<T>>();
  const now = options.now ?? Date.now;

  const settle = (key: string, pending: Promise<T | undefined>, box?: Box<T>): void => {
    // Only the load still registered may fill the cache: an invalidated or superseded one is stale.
    if (inFlight.get(key)?.pending !== pending) return;
    inFlight.delete(key);
    if (!box) return;
    try {
      cache.set(key, box);
    } catch {
      // ECACHEFULL: the answer serves this caller and those who joined it, and is not kept.
    }
  };

  return {
    get(key, freshSince) {
      const fresh = (since: number): boolean => freshSince === undefined || since >= freshSince;
      const cached = cache.get<Box<T>>(key);
      if (cached && fresh(cached.loadedAt)) {
        options.onHit();
        return Promise.resolve(cached.value);
      }
      const joined = inFlight.get(key);
      if (joined && fresh(joined.startedAt)) {
        options.onHit();
        return joined.pending;
      }
      const startedAt = now();
      const pending = options.load(key);
      inFlight.set(key, { pending, startedAt });
      pending.then(
        (value) => settle(key, pending, { value, loadedAt: startedAt }),
        () => settle(key, pending),
      );
      return pending;
    },
    invalidate(key) {
      inFlight.delete(key);
      cache.del(key);
    },
  };
}
