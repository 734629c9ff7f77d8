import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startReceiver } from './start-receiver.js';

test('/healthz answers 503 starting, then 200 ok with the extra fields, then 503 stopping', async () => {
  let phase: 'starting' | 'ready' | 'stopping' = 'starting';
  const rx = await startReceiver({
    isReady: () => phase === 'ready',
    isStopping: () => phase === 'stopping',
    health: () => ({ inboxDepth: 3, status: 'overridden?' }),
  });
  try {
    const starting = await fetch(`${rx.url}/healthz`);
    assert.equal(starting.status, 503);
    assert.deepEqual(await starting.json(), { inboxDepth: 3, status: 'starting' });
    phase = 'ready';
    const ready = await fetch(`${rx.url}/healthz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { inboxDepth: 3, status: 'ok' });
    phase = 'stopping';
    const stopping = await fetch(`${rx.url}/healthz`);
    assert.equal(stopping.status, 503);
    assert.equal(((await stopping.json()) as { status: string }).status, 'stopping');
  } finally {
    await rx.close();
  }
});

test('POST /healthz is not a route', async () => {
  const rx = await startReceiver();
  try {
    const res = await fetch(`${rx.url}/healthz`, { method: 'POST' });
    assert.equal(res.status, 404);
  } finally {
    await rx.close();
  }
});
