import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  /** True when this world was loaded from DATA_DIR/sandbox/world.json rather than seeded. */
  readonly restored: boolean;
  setDeliveries(on: boolean): void;
  /** Writes the emulated world to DATA_DIR/sandbox/world.json (atomically). */
  save(): Promise<void>;
  /** Stops Warden, then keeps the world (`save`, the default) and closes the emulator. */
  stop(options?: { save?: boolean }): Promise<void>;
}

export interface WorldOptions {
  readonly base: Config;
  /** DATA_DIR/sandbox: Warden's sandbox database and the emulated world live here, never the live ones. */
  readonly dataDir: string;
  /** Where Warden listens (the emulator delivers webhooks there). */
  readonly publicUrl: string;
  /** The emulator's port; a reset reuses it, since the bot framework binds to one API URL per process. */
  readonly emulatorPort?: number;
  readonly logger: Logger;
  /** Puts Warden's HTTP handler behind the sandbox's listener (before start: webhooks arrive during it). */
  readonly mount: (handler: App['handler'] | undefined) => void;
}

const WORLD_FILE = 'world.json';

interface SavedWorld {
  demo: DemoOrg;
  world: unknown;
}

/** Warden's sandbox database and the saved world: a new world starts with neither. */
export function wipeSandbox(dataDir: string): void {
  for (const name of ['warden.db', 'warden.db-wal', 'warden.db-shm', WORLD_FILE]) rmSync(path.join(dataDir, name), { force: true });
}

/** The saved world, when both it and Warden's database are there (one without the other is not kept). */
function readSaved(dataDir: string): SavedWorld | undefined {
  const file = path.join(dataDir, WORLD_FILE);
  if (!existsSync(file) || !existsSync(path.join(dataDir, 'warden.db'))) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedWorld;
    return saved.demo?.botToken && saved.world ? saved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the emulator on 127.0.0.1 with the saved world (DATA_DIR/sandbox/world.json) or, when
 * there is none, the demo org freshly seeded and an empty Warden database; then Warden against
 * it over HTTP. A fresh world gets Compliance Alerts subscribed at `low` through the real command
 * path. The emulator keeps its world in memory: the sandbox saves it, so that Warden's database
 * (cursor, alerts, cards) and the world it refers to survive a restart together.
 */
export async function startWorld(o: WorldOptions): Promise<SandboxWorld> {
  mkdirSync(o.dataDir, { recursive: true });
  const saved = readSaved(o.dataDir);
  if (!saved) wipeSandbox(o.dataDir);
  const emu = await startEmulator({ standardWorld: false, port: o.emulatorPort ?? 0 });
  const control = emulatorControl(emu.origin);
  let app: App | undefined;
  try {
    if (saved) {
      try {
        await control.restore(saved.world);
      } catch (err) {
        o.logger.warn('the saved sandbox world could not be loaded: starting a new one', { err });
        await emu.close();
        wipeSandbox(o.dataDir);
        return await startWorld(o);
      }
    }
    const demo = saved?.demo ?? seedDemoOrg(emu);
    const config = sandboxConfig(o.base, { apiUrl: emu.url, publicUrl: o.publicUrl, dataDir: o.dataDir, demo });
    app = createApp(config, { logger: o.logger });
    o.mount(app.handler);
    await app.start({ publicUrl: o.publicUrl });
    if (!saved) await subscribeAlertsSpace(emu, control, demo);
    const running = app;
    const save = async (): Promise<void> => {
      const body: SavedWorld = { demo, world: await control.snapshot() };
      const file = path.join(o.dataDir, WORLD_FILE);
      writeFileSync(`${file}.tmp`, JSON.stringify(body), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    };
    if (!saved) await save();
    return {
      emu, demo, control, app: running, config, restored: saved !== undefined,
      setDeliveries: (on) => emu.setDeliveries(on),
      save,
      async stop(options = {}) {
        o.mount(undefined);
        await running.stop(2_000);
        if (options.save !== false) await save().catch((err: unknown) => o.logger.warn('the sandbox world could not be saved', { err }));
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
