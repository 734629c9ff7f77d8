import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import { loadConfig, type Config } from './config/load-config.js';
import { mergeEnvFile } from './config/read-env-file.js';
import { createLogger, type Logger } from './log/logger.js';
import { createApp, type App } from './app.js';
import { isWardenError } from './errors.js';
import { createServer } from './receiver/create-server.js';
import { sandboxLine, startSandbox } from './sandbox/index.js';

// The only file that touches process: environment in, signals, exit codes.

/** A configuration or policy-file error: one line naming what is wrong, and the exit code 2. */
function refuseToStart(err: unknown): never {
  if (!isWardenError(err)) throw err;
  process.stderr.write(`warden: ${err.message}\n`);
  process.exit(2);
}

/**
 * V8 lets the heap grow to up to four times what survived its last full collection before it
 * collects again; Warden's live heap stays small (58 MiB at the peak of the 20,000-event
 * benchmark) while it makes much short-lived garbage, so that factor, not the work, set its peak
 * memory. 1.5 times keeps the peak about 25% lower at no measured cost in speed (`npm run bench`).
 * A `--heap-growing-percent` given to node by the operator wins (node refuses it in NODE_OPTIONS).
 */
function limitHeapGrowth(): void {
  const given = process.execArgv.some((arg) => /heap[-_]growing[-_]percent/.test(arg));
  if (!given) v8.setFlagsFromString('--heap-growing-percent=50');
}

/** Listens, or stops the start with one line naming the variable whose port cannot be used. */
function listen(server: Server, port: number, host: string | undefined, variable: string): Promise<Server> {
  return new Promise((resolve) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      process.stderr.write(`warden: ${variable} ${port} cannot be used (${err.code ?? err.message}): set ${variable} to a free port\n`);
      process.exit(2);
    });
    server.listen(port, host, () => resolve(server));
  });
}

/** SPEC §6: the emulated org, the real Warden against it and the console, on 127.0.0.1 only. */
async function runSandbox(config: Config): Promise<void> {
  // Signal handlers first: a SIGTERM that comes as soon as the line is out must not find the
  // default disposition (which ends the process without stopping the sandbox).
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    if (!sandbox) process.exit(0);
    void sandbox.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  try {
    sandbox = await startSandbox(config);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      process.stderr.write(`warden: PORT ${config.port} cannot be used (${code}): set PORT to a free port\n`);
      process.exit(2);
    }
    process.stderr.write(`warden: the sandbox did not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  if (stopping) return void sandbox.stop().finally(() => process.exit(0));
  process.stdout.write(`${sandboxLine(sandbox.url)}\n`);
}

async function main(): Promise<void> {
  limitHeapGrowth();
  let config: Config;
  let app: App;
  let logger: Logger;
  try {
    config = loadConfig(mergeEnvFile(process.env), { live: true });
    if (config.mode === 'sandbox') return await runSandbox(config);
    logger = createLogger({ level: config.logLevel });
    app = createApp(config, { logger });
  } catch (err) {
    refuseToStart(err);
  }
  if (config.webhookSecretGenerated) logger.info('WEBHOOK_SECRET is not set: using a random secret for this run');
  const server = await listen(createServer(app.handler), config.port, undefined, 'PORT');
  logger.info('listening', { port: (server.address() as AddressInfo).port });
  const metricsServer = await listen(createServer(app.metricsHandler), config.metricsPort, config.metricsHost, 'METRICS_PORT');
  logger.info('metrics listening', { host: config.metricsHost, port: (metricsServer.address() as AddressInfo).port });

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Health turns 503 at once; in-flight work finishes within the grace period; the store closes last.
    await app.stop(10_000);
    for (const s of [server, metricsServer]) {
      s.close();
      s.closeAllConnections();
    }
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
