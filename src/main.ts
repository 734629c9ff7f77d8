import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from './config/load-config.js';
import { mergeEnvFile } from './config/read-env-file.js';
import { createLogger } from './log/logger.js';
import { createApp } from './app.js';
import { isWardenError } from './errors.js';

/** The only file that touches process: environment in, signals, exit codes. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(mergeEnvFile(process.env), { live: true });
  } catch (err) {
    if (isWardenError(err)) {
      process.stderr.write(`warden: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  if (config.webhookSecretGenerated) logger.info('WEBHOOK_SECRET is not set: using a random secret for this run');
  const app = createApp(config, { logger });
  const server = http.createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  logger.info('listening', { port: (server.address() as AddressInfo).port });

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Health turns 503 at once; in-flight work finishes within the grace period; the store closes last.
    await app.stop(10_000);
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.start();
  } catch (err) {
    logger.error('start failed', { err });
    process.stderr.write(`warden: start failed: ${err instanceof Error ? err.message : String(err)}\n`);
    await app.stop(1_000).catch(() => undefined);
    process.exit(1);
  }
}

void main();
