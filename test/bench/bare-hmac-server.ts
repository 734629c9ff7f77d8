import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/**
 * The ingest baselines, each run as its own process like the bot: a server that reads the raw
 * body, checks its HMAC-SHA1 against X-Spark-Signature and answers 200 (401 otherwise), nothing
 * more. Bare `node:http` by default; `--express` mounts the same handler in an express app (the
 * design's HTTP framework, which the bot's receiver runs in). Prints its port on stdout.
 */
const secret = process.env['BENCH_SECRET'] ?? '';

function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const expected = createHmac('sha1', secret).update(Buffer.concat(chunks)).digest();
    const given = Buffer.from(String(req.headers['x-spark-signature'] ?? ''), 'hex');
    const ok = given.length === expected.length && timingSafeEqual(given, expected);
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? '{"ok":true}' : '{}');
  });
}

let handler: http.RequestListener = answer;
if (process.argv.includes('--express')) {
  const app = express();
  app.disable('x-powered-by');
  app.post('/webhooks/org', (req, res) => answer(req, res));
  handler = app;
}
const server = http.createServer(handler);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
