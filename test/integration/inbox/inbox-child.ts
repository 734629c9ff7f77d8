/**
 * A Warden-shaped process for the crash test: the real receiver and inbox over DATA_DIR, and in
 * `work` mode the real worker whose handler appends each processed event's key to a file.
 * Usage: inbox-child.ts <dataDir> <receive|work> <outFile> <secret>. Prints JSON lines on stdout.
 */
import { appendFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createInboxWorker, type InboxWorker } from '../../../src/inbox/worker.js';
import { createLogger } from '../../../src/log/logger.js';
import { createReceiver } from '../../../src/receiver/create-receiver.js';
import { createInboxRepo } from '../../../src/store/inbox-repo.js';
import { groupCommit } from '../../../src/store/group-commit.js';
import { openStore } from '../../../src/store/open-store.js';

const [dataDir = '', mode = 'receive', outFile = '', secret = ''] = process.argv.slice(2);
const say = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

const store = openStore(dataDir);
const repo = createInboxRepo(store);
const logger = createLogger({ level: 'error' });
let worker: InboxWorker | undefined;
if (mode === 'work') {
  worker = createInboxWorker({
    repo,
    logger,
    handle: async (row) => appendFileSync(outFile, `${row.dedupeKey}\n`),
    onSettled: (row, outcome) => say({ settled: row.dedupeKey, outcome }),
  });
}

const app = express();
app.use(createReceiver({ secrets: () => [secret], inbox: repo, commit: groupCommit(store), logger, isReady: () => true, onStored: () => worker?.kick() }));
const server = app.listen(0, '127.0.0.1', () => {
  worker?.start();
  say({ port: (server.address() as AddressInfo).port });
});

process.on('SIGTERM', () => {
  void (async () => {
    await worker?.stop(5_000);
    server.close();
    store.close();
    say({ stopped: true });
    process.exit(0);
  })();
});
