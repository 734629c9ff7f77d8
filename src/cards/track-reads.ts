/** Which keys of each JSON object a parser looked at, by the object's path in the document. */
export type ReadLog = Map<object, { path: string; read: Set<string> }>;

/**
 * Wraps a JSON value so that every key the Adaptive Cards parser looks up is recorded. The
 * parser asks only for the properties it knows, so a key nobody read is an unknown property.
 */
export function trackReads<T>(value: T, log: ReadLog, path = '$'): T {
  if (value === null || typeof value !== 'object') return value;
  const entry = log.get(value) ?? { path, read: new Set<string>() };
  log.set(value, entry);
  const note = (key: string | symbol): void => {
    if (typeof key === 'string') entry.read.add(key);
  };
  return new Proxy(value, {
    get(target, key, receiver) {
      note(key);
      const inner: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(target, key)) return inner;
      const child = Array.isArray(target) ? `${path}[${key}]` : `${path}.${key}`;
      return trackReads(inner, log, child);
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}
