import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { createServer, HEADERS_TIMEOUT_MS, MAX_CONNECTIONS, REQUEST_TIMEOUT_MS } from '../../../src/receiver/create-server.js';
import { MAX_BODY_BYTES } from '../../../src/receiver/read-body.js';
import { waitFor } from '../../helpers/wait-for.js';
import { deliver, envelope, startReceiver } from './start-receiver.js';

/** A raw TCP client: what it received and whether the server closed it. */
function rawClient(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  const seen = { data: '', closed: false };
  socket.on('data', (d) => (seen.data += d.toString('latin1')));
  socket.on('close', () => (seen.closed = true));
  socket.on('error', () => undefined);
  return { socket, seen, connected: once(socket, 'connect') };
}

test('the server every port runs on has timeouts of seconds and a cap on connections, not Node\'s defaults', () => {
  const server = createServer(() => undefined);
  assert.equal(server.headersTimeout, HEADERS_TIMEOUT_MS);
  assert.equal(server.requestTimeout, REQUEST_TIMEOUT_MS);
  assert.equal(server.maxConnections, MAX_CONNECTIONS);
  assert.ok(REQUEST_TIMEOUT_MS <= 60_000 && HEADERS_TIMEOUT_MS <= REQUEST_TIMEOUT_MS, 'seconds, not Node\'s 5 minutes');
  assert.ok(MAX_CONNECTIONS * MAX_BODY_BYTES <= 256 * 1024 * 1024, 'partial bodies held at once stay bounded');
});

test('a client trickling a body is cut off with a 408 and nothing stored, while normal deliveries go on', async () => {
  const rx = await startReceiver({}, { headersTimeoutMs: 400, requestTimeoutMs: 800, checkEveryMs: 50 });
  try {
    const slow = rawClient(rx.port);
    await slow.connected;
    const body = envelope('m-slow');
    slow.socket.write(`POST /webhooks/org HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${MAX_BODY_BYTES}\r\n\r\n`);
    slow.socket.write(body.slice(0, 10));
    const idle = rawClient(rx.port);
    await idle.connected;

    assert.equal((await deliver(`${rx.url}/webhooks/org`, envelope('m-normal'))).status, 200, 'a normal delivery meanwhile');
    await waitFor('the slow client to be cut off', () => slow.seen.closed);
    await waitFor('the idle connection to be closed', () => idle.seen.closed);
    assert.match(slow.seen.data, /^HTTP\/1\.1 408 /);
    assert.equal(rx.repo.get('messages:created:m-slow'), undefined);
    assert.equal(rx.repo.get('messages:created:m-normal')?.status, 'pending');
    assert.equal((await deliver(`${rx.url}/webhooks/org`, envelope('m-after'))).status, 200, 'and one after');
  } finally {
    await rx.close();
  }
});

test('a connection beyond the cap is refused before a byte is read; once one closes, deliveries work again', async () => {
  const cap = 3;
  const rx = await startReceiver({}, { maxConnections: cap });
  try {
    const held = Array.from({ length: cap }, () => rawClient(rx.port));
    await Promise.all(held.map((c) => c.connected));
    await waitFor('the server to count the held connections', () =>
      new Promise<boolean>((resolve) => rx.server.getConnections((_e, n) => resolve(n === cap))));

    const extra = rawClient(rx.port);
    await waitFor('the extra connection to be closed', () => extra.seen.closed);
    assert.equal(extra.seen.data, '', 'closed without an answer');
    const refused = await deliver(`${rx.url}/webhooks/org`, envelope('m-over-cap')).then(() => 'answered', () => 'refused');
    assert.equal(refused, 'refused');
    assert.equal(rx.repo.get('messages:created:m-over-cap'), undefined);

    held[0]!.socket.destroy();
    await waitFor('a slot to free', () =>
      new Promise<boolean>((resolve) => rx.server.getConnections((_e, n) => resolve(n < cap))));
    assert.equal((await deliver(`${rx.url}/webhooks/org`, envelope('m-under-cap'))).status, 200);
  } finally {
    await rx.close();
  }
});
