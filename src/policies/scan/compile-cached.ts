/**
 * Compiled expressions of Warden's own making (a keyword rule's escaped words), so each is built
 * once, not once per message. A policy file's own pattern never comes here: it runs in the
 * linear-time engine (user-pattern.ts).
 */
const cache = new Map<string, RegExp>();

/** A global RegExp for `source` and `flags` (`g` is always added). Throws on an invalid pattern. */
export function compileCached(source: string, flags: string): RegExp {
  const all = [...new Set(`${flags}g`)].join('');
  const key = `${all}/${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(source, all);
    cache.set(key, re);
  }
  // matchAll clones the expression, so a shared instance's lastIndex never leaks between calls.
  return re;
}
