import { createRequire } from 'node:module';

/** The constructor exported by webex-node-bot-framework (a CommonJS module without types). */
export type FrameworkCtor = new (options: Record<string, unknown>) => FrameworkInstance;

/** The parts of the framework Warden uses (see webex-api.md §11 for its behaviour). */
export interface FrameworkInstance {
  start(): Promise<unknown>;
  stop(): Promise<unknown>;
  on(event: string, fn: (...args: any[]) => void): void;
  hears(phrase: string | RegExp, fn: (bot: any, trigger: any) => unknown, helpText?: string, preference?: number): string;
  setAuthorizer?(fn: (bot: any, trigger: any) => boolean): void;
  onMessageCreated(message: unknown): Promise<unknown>;
  onMembershipCreated(membership: unknown, actorId?: string): Promise<unknown>;
  onMembershipUpdated(membership: unknown): Promise<unknown>;
  onMembershipDeleted(membership: unknown, actorId?: string): Promise<unknown>;
  onRoomCreated(room: unknown): Promise<unknown>;
  onRoomUpdated(room: unknown): Promise<unknown>;
  active: boolean;
  initialized: boolean;
  webhook: { id?: string; name?: string } | false;
  bots: any[];
  roomsSpawningNow: string[];
  findBotObjectInRoom(roomId: string): unknown;
  person?: { id: string; emails: string[] };
  email?: string;
}

let loadedFor: string | undefined;
let ctor: FrameworkCtor | undefined;

/**
 * Loads the framework pointed at `apiUrl`. The Webex SDK inside it reads HYDRA_SERVICE_URL (and
 * U2C_SERVICE_URL) once, when its config module is first loaded (webex-api.md, "Running the
 * framework against a local emulator"), so they are set here, just before the first require, and
 * one process can only ever talk to one API base URL.
 */
export function loadFramework(apiUrl: string): FrameworkCtor {
  if (ctor) {
    if (loadedFor !== apiUrl) throw new Error(`webex-node-bot-framework is already bound to another API URL in this process`);
    return ctor;
  }
  process.env.HYDRA_SERVICE_URL = apiUrl;
  if (!/^https:\/\/webexapis\.com\//.test(apiUrl)) {
    // Keep the SDK's service-catalog lookup on the same (emulated or proxied) host.
    process.env.U2C_SERVICE_URL = `${new URL(apiUrl).origin}/u2c/api/v1`;
  }
  const require = createRequire(import.meta.url);
  ctor = require('webex-node-bot-framework') as FrameworkCtor;
  loadedFor = apiUrl;
  return ctor;
}
