import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCachedLookup } from '../../../src/correlator/cached-lookup.js';

function counting<T>(answer: (key: string, n: number) => Promise<T | undefined>, maxKeys?: number) {
  const loads: string[] = [];
  let hits = 0;
  const lookup = createCachedLookup<T>({
    ttlSeconds: 300,
    ...(maxKeys === undefined ? {} : { maxKeys }),
    onHit: () => {
      hits += 1;
    },
    load: (key) => {
      loads.push(key);
      return answer(key, loads.length);
    },
  });
  return { lookup, loads, hits: () => hits };
}

test('concurrent lookups of one key share one load, and later ones hit the cache', async () => {
  const c = counting(async (key) => `value of ${key}`);
  const values = await Promise.all(Array.from({ length: 10 }, () => c.lookup.get('a')));
  assert.ok(values.every((v) => v === 'value of a'));
  assert.equal(await c.lookup.get('a'), 'value of a');
  assert.deepEqual(c.loads, ['a']);
  assert.equal(c.hits(), 10);
});

test('"gone" is remembered like a value', async () => {
  const c = counting<string>(async () => undefined);
  assert.equal(await c.lookup.get('x'), undefined);
  assert.equal(await c.lookup.get('x'), undefined);
  assert.deepEqual(c.loads, ['x']);
});

test('a failed load is not cached', async () => {
  const c = counting(async (_key, n) => {
    if (n === 1) throw new Error('503');
    return 'ok';
  });
  await assert.rejects(c.lookup.get('k'));
  assert.equal(await c.lookup.get('k'), 'ok');
  assert.equal(c.loads.length, 2);
});

test('invalidating during a load keeps its (possibly stale) answer out of the cache', async () => {
  let release: (v: string) => void = () => undefined;
  const c = counting<string>((_key, n) => (n === 1 ? new Promise<string>((r) => (release = r)) : Promise.resolve('fresh')));
  const stale = c.lookup.get('room');
  c.lookup.invalidate('room');
  release('stale');
  assert.equal(await stale, 'stale');
  assert.equal(await c.lookup.get('room'), 'fresh');
  assert.equal(await c.lookup.get('room'), 'fresh');
  assert.equal(c.loads.length, 2);
});

test('a full cache still answers every lookup, and keeps what it already holds', async () => {
  const c = counting(async (key) => `value of ${key}`, 2);
  for (const key of ['a', 'b', 'c', 'c']) assert.equal(await c.lookup.get(key), `value of ${key}`);
  assert.equal(await c.lookup.get('a'), 'value of a');
  assert.equal(await c.lookup.get('b'), 'value of b');
  // 'c' arrived when two answers were kept already: loaded each time it is asked.
  assert.deepEqual(c.loads, ['a', 'b', 'c', 'c']);
});
