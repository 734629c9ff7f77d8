import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Core } from './core.js';
import { createFacade } from './emulator-facade.js';
import { requestHandler } from './http/handle-request.js';
import { apiRouter } from './routes/api-router.js';
import { controlRouter } from './routes/control.js';
import { seedStandardWorld } from './state/standard-world.js';
import type { Emulator, EmulatorOptions } from './types.js';

/** Starts a local Webex API on 127.0.0.1 (port 0 picks a free port), seeded with the standard world. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const core = new Core(options.maxPageSize);
  if (options.standardWorld !== false) seedStandardWorld(core);
  const server = createServer(requestHandler(core, apiRouter(), controlRouter()));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return createFacade(core, { origin: `http://${host}:${port}`, port, close });
}
