import type { Config } from '../config/load-config.js';
import type { App } from '../app.js';
import type { Logger } from '../log/logger.js';
import { startWorld, wipeSandbox, type SandboxWorld } from './sandbox-world.js';

const RECONNECT_PAUSE_MS = 300;
/** How often the emulated world is saved when it changed (a crash loses at most this much of it). */
const SAVE_EVERY_MS = 2_000;

export interface FaultStatus {
  deliveries: boolean;
  /** Calls still to be answered 429 by the armed fault. */
  pending429: number;
}

/** The sandbox's one world at a time, with what the console changes about it (faults, reset). */
export interface SandboxRuntime {
  world(): SandboxWorld;
  /** Changes whenever anything the page shows may have changed. */
  version(): string;
  upload(name: string, contentType: string, bytes: Buffer): Promise<string>;
  arm429(calls: number, retryAfterSeconds: number): void;
  setDeliveries(on: boolean): void;
  faultStatus(): FaultStatus;
  /** Stops Warden and the emulator, wipes the sandbox database, starts a fresh demo org. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function createSandboxRuntime(o: { base: Config; dataDir: string; publicUrl: string; logger: Logger; mount: (h: App['handler'] | undefined) => void }): Promise<SandboxRuntime> {
  let current: SandboxWorld | undefined = await startWorld(o);
  let generation = 0;
  let deliveries = true;
  let armed = { calls: 0, seenAt: 0 };
  const world = (): SandboxWorld => {
    if (!current) throw new Error('the sandbox is restarting');
    return current;
  };
  let savedVersion = '';
  let saving = false;
  const saver = setInterval(() => {
    const w = current;
    const v = version();
    if (!w || saving || v === savedVersion) return;
    saving = true;
    void w.save().then(() => (savedVersion = v), () => undefined).finally(() => (saving = false));
  }, SAVE_EVERY_MS);
  saver.unref();
  function version(): string {
    if (!current) return `${generation}:restarting`;
    const { emu } = current;
    return `${generation}:${emu.events().length}:${emu.calls.length}:${emu.deliveries.length}:${deliveries}`;
  }
  const answered429 = (w: SandboxWorld): number => w.emu.calls.slice(armed.seenAt).filter((c) => c.status === 429).length;
  return {
    world,
    version,
    async upload(name, contentType, bytes) {
      const f = await world().control.uploadFile({ name, contentType, base64: bytes.toString('base64') });
      return f.url;
    },
    arm429(calls, retryAfter) {
      const w = world();
      armed = { calls, seenAt: w.emu.calls.length };
      // Every API path: whichever calls Warden makes next are the ones refused.
      w.emu.fault({ path: /.*/, status: 429, times: calls, retryAfter });
    },
    setDeliveries(on) {
      deliveries = on;
      world().setDeliveries(on);
    },
    faultStatus() {
      const pending429 = current ? Math.max(0, armed.calls - answered429(current)) : 0;
      return { deliveries, pending429 };
    },
    async reset() {
      const old = world();
      current = undefined;
      generation += 1;
      await old.stop({ save: false });
      wipeSandbox(o.dataDir);
      // Node's global agent keeps sockets alive: give the SDK's pooled sockets to the old
      // emulator time to see their end, or its first call to the new one reuses a dead socket.
      await new Promise((r) => setTimeout(r, RECONNECT_PAUSE_MS));
      deliveries = true;
      armed = { calls: 0, seenAt: 0 };
      try {
        current = await startWorld({ ...o, emulatorPort: old.emu.port });
      } catch {
        // One more try, later: on a busy machine the pause above can be too short.
        await new Promise((r) => setTimeout(r, 4 * RECONNECT_PAUSE_MS));
        current = await startWorld({ ...o, emulatorPort: old.emu.port });
      }
    },
    async stop() {
      clearInterval(saver);
      const w = current;
      current = undefined;
      await w?.stop();
    },
  };
}
