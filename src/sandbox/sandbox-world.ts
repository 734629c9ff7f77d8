import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createApp, type App } from '../app.js';
import type { Config } from '../config/load-config.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { Logger } from '../log/logger.js';
import { seedDemoOrg, type DemoOrg } from './demo-org.js';
import { emulatorControl, type EmulatorControl } from './emulator-control.js';
import { sandboxConfig } from './sandbox-config.js';
import { subscribeAlertsSpace } from './subscribe-alerts-space.js';

/** One emulated org with the real Warden running against it. */
export interface SandboxWorld {
  readonly emu: Emulator;
  readonly demo: DemoOrg;
  readonly control: EmulatorControl;
  readonly app: App;
  readonly config: Config;
  setDeliveries(on: boolean): void;
  stop(): Promise<void>;
}

export interface WorldOptions {
  readonly base: Config;
  /** DATA_DIR/sandbox: Warden's sandbox database lives here, never the live one. */
  readonly dataDir: string;
  /** Where Warden listens (the emulator delivers webhooks there). */
  readonly publicUrl: string;
  /** The emulator's port; a reset reuses it, since the bot framework binds to one API URL per process. */
  readonly emulatorPort?: number;
  readonly logger: Logger;
  /** Puts Warden's HTTP handler behind the sandbox's listener (before start: webhooks arrive during it). */
  readonly mount: (handler: App['handler'] | undefined) => void;
}

/** Warden's database files; a new world starts with none (see the README: the world lives in memory). */
export function wipeSandboxDatabase(dataDir: string): void {
  for (const name of ['warden.db', 'warden.db-wal', 'warden.db-shm']) rmSync(path.join(dataDir, name), { force: true });
}

/**
 * Starts the emulator on 127.0.0.1, seeds the demo org, starts Warden against it over HTTP and
 * subscribes Compliance Alerts at `low` through the real command path. The emulated world is
 * kept in memory only, so each world begins with an empty Warden database: Warden's records
 * (cursor, alerts, cards) never point at messages of a world that is gone.
 */
export async function startWorld(o: WorldOptions): Promise<SandboxWorld> {
  mkdirSync(o.dataDir, { recursive: true });
  wipeSandboxDatabase(o.dataDir);
  const emu = await startEmulator({ standardWorld: false, port: o.emulatorPort ?? 0 });
  let app: App | undefined;
  try {
    const demo = seedDemoOrg(emu);
    const config = sandboxConfig(o.base, { apiUrl: emu.url, publicUrl: o.publicUrl, dataDir: o.dataDir, demo });
    app = createApp(config, { logger: o.logger });
    o.mount(app.handler);
    await app.start({ publicUrl: o.publicUrl });
    const control = emulatorControl(emu.origin);
    await subscribeAlertsSpace(emu, control, demo);
    const running = app;
    return {
      emu, demo, control, app: running, config,
      setDeliveries: (on) => emu.setDeliveries(on),
      async stop() {
        o.mount(undefined);
        await running.stop(2_000);
        await emu.close();
      },
    };
  } catch (err) {
    o.mount(undefined);
    await app?.stop(1_000).catch(() => undefined);
    await emu.close();
    throw err;
  }
}
