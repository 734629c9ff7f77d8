import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { createWebexClient } from '../../../src/webex/client.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { staticToken } from '../../../src/webex/token-providers.js';
import type { WebexApi, WebexEvent } from '../../../src/webex/types.js';
import { createCorrelator, type Correlator } from '../../../src/correlator/create-correlator.js';
import { captureLogs } from '../../helpers/capture-logs.js';

export interface CorrelatorWorld {
  emu: Emulator;
  api: WebexApi;
  correlator: Correlator;
  /** The Events API items of a resource, read over HTTP as the poller reads them. */
  events(resource: string, type?: string): Promise<WebexEvent[]>;
  /** The officer's calls to the API so far, by method and path. */
  calls(method: string, path: string | RegExp): number;
  close(): Promise<void>;
}

export async function correlatorWorld(ttlSeconds = 300): Promise<CorrelatorWorld> {
  const emu = await startEmulator();
  const logs = captureLogs();
  const client = createWebexClient({
    baseUrl: emu.url,
    tokens: staticToken(STANDARD_TOKENS.officer),
    logger: logs.logger,
    label: 'compliance',
    backoffBaseMs: 1,
    maxRetries: 2,
  });
  const api = createWebexApi(client);
  return {
    emu,
    api,
    correlator: createCorrelator({ api, logger: logs.logger, ttlSeconds }),
    async events(resource, type) {
      const all: WebexEvent[] = [];
      for await (const page of api.events.pages({ resource, ...(type ? { type } : {}), max: 1000 })) all.push(...page);
      return all;
    },
    calls: (method, path) => emu.callsTo(method, path, 'officer').length,
    close: () => emu.close(),
  };
}

/** The webhook envelope Webex POSTs for an event: its `id` is the webhook's, its data has no text. */
export function webhookEnvelope(ev: WebexEvent, keep: readonly string[]): Record<string, unknown> {
  const data = Object.fromEntries(Object.entries(ev.data).filter(([k]) => keep.includes(k)));
  return {
    id: 'WEBHOOK-ID-NOT-AN-EVENT',
    name: 'warden org messages',
    resource: ev.resource,
    event: ev.type,
    ownedBy: 'org',
    status: 'active',
    actorId: ev.actorId,
    orgId: ev.orgId,
    created: '2020-01-01T00:00:00.000Z',
    data,
  };
}
