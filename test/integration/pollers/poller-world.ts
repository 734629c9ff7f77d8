import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { createWebexClient } from '../../../src/webex/client.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { staticToken } from '../../../src/webex/token-providers.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createMetaRepo, type MetaRepo } from '../../../src/store/meta-repo.js';
import { createInboxRepo, type InboxRepo } from '../../../src/store/inbox-repo.js';
import type { WebexApi } from '../../../src/webex/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';

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
  // Short backoff so a test of "5xx after retries" does not sit through real backoff.
  const client = createWebexClient({
    baseUrl: emu.url,
    tokens: staticToken(STANDARD_TOKENS.officer),
    logger: logs.logger,
    label: 'compliance',
    backoffBaseMs: 1,
    maxRetries: 2,
  });
  const store = openStore(':memory:');
  const count = store.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM inbox');
  return {
    emu,
    api: createWebexApi(client),
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
