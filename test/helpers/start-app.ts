import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/load-config.js';
import { createApp, type App } from '../../src/app.js';
import type { Logger } from '../../src/log/logger.js';
import { createServer } from '../../src/receiver/create-server.js';
import type { Emulator } from '../../src/emulator/types.js';
import { STANDARD_EMAILS, STANDARD_TOKENS } from '../../src/emulator/types.js';

export const TEST_SECRET = 'test-webhook-secret-0123456789';

export interface RunningApp {
  app: App;
  config: Config;
  url: string;
  /** Where GET /metrics is served (its own port, as main.ts serves it). */
  metricsUrl: string;
  stop(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'warden-data-'));
}

/** The environment a test app gets: the emulator's tokens and URL, a temp data dir, fast polling. */
export function testEnv(emu: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    WEBEX_BOT_TOKEN: STANDARD_TOKENS.bot,
    WEBEX_COMPLIANCE_TOKEN: STANDARD_TOKENS.officer,
    WEBEX_API_URL: emu.url,
    OFFICER_EMAILS: STANDARD_EMAILS.officer,
    WEBHOOK_SECRET: TEST_SECRET,
    DATA_DIR: tempDataDir(),
    EVENTS_POLL_SECONDS: '1',
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

/** createApp on port 0, as main.ts does, with PUBLIC_URL pointing at the listening port. */
export async function startApp(env: Record<string, string>, logger: Logger, options: { start?: boolean; port?: number } = {}): Promise<RunningApp> {
  const config = loadConfig(env);
  const app = createApp(config, { logger });
  const server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const metricsServer = createServer(app.metricsHandler);
  await new Promise<void>((resolve) => metricsServer.listen(0, '127.0.0.1', resolve));
  const metricsUrl = `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}`;
  if (options.start !== false) await app.start({ publicUrl: url });
  return {
    app,
    config,
    url,
    metricsUrl,
    async stop() {
      await app.stop(2_000);
      for (const s of [server, metricsServer]) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
}
