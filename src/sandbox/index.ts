import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import winston from 'winston';
import type { Config } from '../config/load-config.js';
import { createLogger } from '../log/logger.js';
import { consoleRoutes } from './console-routes.js';
import { loadConsoleAssets } from './console-page.js';
import { createSandboxRuntime, type SandboxRuntime } from './sandbox-runtime.js';

/** The sandbox binds here only: nothing but this machine can reach it (SPEC §6). */
export const SANDBOX_HOST = '127.0.0.1';

export interface Sandbox {
  /** The console's URL, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  readonly runtime: SandboxRuntime;
  stop(): Promise<void>;
}

/** The line the sandbox prints once it is ready. */
export function sandboxLine(url: string): string {
  return `Warden sandbox: open ${url} (an emulated Webex org; nothing leaves this machine)`;
}

/**
 * The embedded default (SPEC §6): the project's emulator with the demo org, the real Warden
 * wired to it over HTTP on 127.0.0.1, and the console at `/`. Warden's own log lines go to
 * DATA_DIR/sandbox/warden.log, so the terminal shows only the sandbox line.
 */
export async function startSandbox(base: Config): Promise<Sandbox> {
  const dataDir = path.resolve(base.dataDir, 'sandbox');
  mkdirSync(dataDir, { recursive: true });
  const logger = createLogger({ level: base.logLevel, transports: [new winston.transports.File({ filename: path.join(dataDir, 'warden.log'), maxsize: 10 * 1024 * 1024, maxFiles: 2, tailable: true })] });
  const assets = loadConsoleAssets();
  let runtime: SandboxRuntime | undefined;
  let page: express.Router | undefined;
  let warden: express.Express | undefined;
  const outer = express();
  outer.disable('x-powered-by');
  outer.use((req, res, next) => (page ? page(req, res, next) : next()));
  // Webhook deliveries and /healthz go to the current world's Warden (a Reset replaces it).
  outer.use((req, res, next) => (warden ? warden(req, res, next) : void res.status(503).json({ message: 'the sandbox is starting' })));
  const server = http.createServer(outer);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(base.port, SANDBOX_HOST, resolve);
  });
  const url = `http://${SANDBOX_HOST}:${(server.address() as AddressInfo).port}`;
  try {
    runtime = await createSandboxRuntime({ base, dataDir, publicUrl: url, logger, mount: (h) => (warden = h) });
    page = consoleRoutes(runtime, await assets);
  } catch (err) {
    server.closeAllConnections();
    server.close();
    throw err;
  }
  const rt = runtime;
  return {
    url: `${url}/`,
    runtime: rt,
    async stop() {
      await rt.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      logger.close();
    },
  };
}
