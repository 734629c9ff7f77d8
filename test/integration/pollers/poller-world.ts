import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createMetaRepo, type MetaRepo } from '../../../src/store/meta-repo.js';
import { createInboxRepo, type InboxRepo } from '../../../src/store/inbox-repo.js';
import type { WebexApi } from '../../../src/webex/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { emulatedApi } from '../../helpers/emulated-api.js';

/** The emulator, the compliance API over real HTTP, and an in-memory store with meta and inbox. */
export interface PollerWorld {
  emu: Emulator;
  api: WebexApi;
  store: Store;
  meta: MetaRepo;
  inbox: InboxRepo;
  logs: ReturnType<typeof captureLogs>;
  /** Inbox rows, whatever their status. */
  rows(): number;
  close(): Promise<void>;
}

export async function pollerWorld(): Promise<PollerWorld> {
  const emu = await startEmulator();
  const logs = captureLogs();
  const api = emulatedApi(emu, STANDARD_TOKENS.officer, logs.logger, { label: 'compliance' });
  const store = openStore(':memory:');
  const count = store.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM inbox');
  return {
    emu,
    api,
    store,
    meta: createMetaRepo(store),
    inbox: createInboxRepo(store),
    logs,
    rows: () => count.get()?.n ?? 0,
    async close() {
      store.close();
      await emu.close();
    },
  };
}

/** `n` Events API items of one resource, `created` spread over the minutes before `beforeMs`. */
export function pastEvents(resource: 'messages' | 'memberships', n: number, beforeMs: number, actorId: string, spanMinutes = 5) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${resource}-event-${beforeMs}-${i}`,
    resource,
    type: 'created',
    actorId,
    created: new Date(beforeMs - 1000 - Math.floor((i * spanMinutes * 60_000) / n)).toISOString(),
    data: { id: `${resource}-${beforeMs}-${i}`, roomId: 'room-1', personId: actorId, text: `hello ${i}` },
  }));
}
