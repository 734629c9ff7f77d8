/**
 * Measures what slow webhook clients can cost (issue 11 item 11): 200 connections each send 1000 KiB
 * of a 1 MiB body and stall. Prints how many were answered 408, how many were closed at once (over
 * the connection cap), when the last one closed and the peak growth of resident memory.
 *   npx tsx test/tools/slow-clients.ts
 */
import net from 'node:net';
import express from 'express';
import { createServer } from '../../src/receiver/create-server.js';
import { createReceiver } from '../../src/receiver/create-receiver.js';
import { createInboxRepo } from '../../src/store/inbox-repo.js';
import { openStore } from '../../src/store/open-store.js';
import { captureLogs } from '../../test/helpers/capture-logs.js';
const store = openStore(':memory:');
const app = express();
app.use(createReceiver({ secrets: () => ['s'.repeat(20)], inbox: createInboxRepo(store), logger: captureLogs('error').logger, isReady: () => true }));
const server = createServer(app).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const port = (server.address() as net.AddressInfo).port;
const rss0 = process.memoryUsage().rss;
let closed = 0, got408 = 0, dropped = 0;
const t0 = Date.now();
const chunk = Buffer.alloc(1000 * 1024, 0x61);
for (let i = 0; i < 200; i++) {
  const s = net.connect(port, '127.0.0.1', () => {
    s.write(`POST /webhooks/org HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${1024 * 1024}\r\n\r\n`);
    s.write(chunk);
  });
  let data = '';
  s.on('data', (d) => (data += d));
  s.on('close', () => { closed++; if (data.startsWith('HTTP/1.1 408')) got408++; else if (data === '') dropped++; });
  s.on('error', () => {});
}
let peak = 0;
const iv = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss - rss0); }, 100);
await new Promise((r) => { const c = setInterval(() => { if (closed === 200) { clearInterval(c); r(null); } }, 50); });
clearInterval(iv);
console.log(JSON.stringify({ connections: 200, closedAfterMs: Date.now() - t0, got408, droppedAtOnce: dropped, other: 200 - got408 - dropped, peakRssDeltaMiB: Math.round(peak / 1048576) }));
process.exit(0);
