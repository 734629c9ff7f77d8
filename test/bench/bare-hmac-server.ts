import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The ingest baseline, run as its own process like the bot: a bare node:http server that reads
 * the raw body, checks its HMAC-SHA1 against X-Spark-Signature and answers 200 (401 otherwise).
 * Prints its port on stdout.
 */
const secret = process.env['BENCH_SECRET'] ?? '';

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const expected = createHmac('sha1', secret).update(Buffer.concat(chunks)).digest();
    const given = Buffer.from(String(req.headers['x-spark-signature'] ?? ''), 'hex');
    const ok = given.length === expected.length && timingSafeEqual(given, expected);
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? '{"ok":true}' : '{}');
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
