import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import type { WebexApi, WebexEvent } from '../../../src/webex/types.js';
import { createCorrelator, type Correlator } from '../../../src/correlator/create-correlator.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { emulatedApi } from '../../helpers/emulated-api.js';

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
  const api = emulatedApi(emu, STANDARD_TOKENS.officer, logs.logger, { label: 'compliance' });
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
