import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createReceiver, type ReceiverOptions } from '../../../src/receiver/create-receiver.js';
import { createServer, type ServerLimits } from '../../../src/receiver/create-server.js';
import { createInboxRepo, type InboxRepo } from '../../../src/store/inbox-repo.js';
import { groupCommit } from '../../../src/store/group-commit.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { captureLogger, type LogLine } from '../../unit/inbox/capture-logger.js';

export const SECRET = 'first-secret-for-tests';

/** Signs the way Webex does, written here so the receiver's own verifier is never trusted by a test. */
export function sign(body: string | Buffer, secret = SECRET): string {
  return createHmac('sha1', secret).update(body).digest('hex');
}

export interface Running {
  url: string;
  port: number;
  store: Store;
  repo: InboxRepo;
  lines: LogLine[];
  stored: () => number;
  server: Server;
  close(): Promise<void>;
}

/** A real express app with only the receiver on it, on Warden's server (limits shortened if given), listening on 127.0.0.1 port 0. */
export async function startReceiver(over: Partial<ReceiverOptions> = {}, limits: Partial<ServerLimits> = {}): Promise<Running> {
  const store = openStore(':memory:');
  const repo = createInboxRepo(store);
  const { logger, lines } = captureLogger();
  let storedCount = 0;
  const app = express();
  app.use(
    createReceiver({
      secrets: () => [SECRET],
      inbox: repo,
      commit: groupCommit(store),
      logger,
      isReady: () => true,
      onStored: () => void storedCount++,
      ...over,
    }),
  );
  const server: Server = createServer(app, limits).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    repo,
    lines,
    stored: () => storedCount,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      store.close();
    },
  };
}

export function envelope(dataId = 'Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMQ', extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'Y2lzY29zcGFyazovL3VzL1dFQkhPT0svd2gx',
    name: 'warden-org-messages',
    resource: 'messages',
    event: 'created',
    orgId: 'org-1',
    actorId: 'person-1',
    data: { id: dataId, roomId: 'room-1', personEmail: 'alice@example.com' },
    ...extra,
  });
}

/** POSTs a body with the headers a Webex delivery carries; `signature: null` leaves the header out. */
export function deliver(
  url: string,
  body: string | Buffer,
  options: { signature?: string | null; contentType?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/json' };
  const signature = options.signature === undefined ? sign(body) : options.signature;
  if (signature !== null) headers['x-spark-signature'] = signature;
  return fetch(url, { method: 'POST', headers, body });
}
