import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createInboxRepo } from '../../../src/store/inbox-repo.js';
import { openStore } from '../../../src/store/open-store.js';

const CHILD = fileURLToPath(new URL('./inbox-child.ts', import.meta.url));
const SECRET = 'crash-test-secret';
const dir = mkdtempSync(path.join(tmpdir(), 'warden-crash-'));
const outFile = path.join(dir, 'processed.txt');
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Child {
  process: ChildProcess;
  port: number;
  /** Resolves with the first stdout line that `match` accepts. */
  next(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

async function startChild(mode: 'receive' | 'work'): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path.join(dir, 'data'), mode, outFile, SECRET], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const seen: Array<Record<string, unknown>> = [];
  const waiters: Array<{ match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    seen.push(line);
    for (const w of waiters.filter((w) => w.match(line))) w.resolve(line);
  });
  const next = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const found = seen.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  const { port } = await next((l) => typeof l['port'] === 'number');
  return { process: child, port: port as number, next };
}

function deliver(port: number, body: string): Promise<Response> {
  const signature = createHmac('sha1', SECRET).update(body).digest('hex');
  return fetch(`http://127.0.0.1:${port}/webhooks/org`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spark-signature': signature },
    body,
  });
}

test('an event answered 200 just before a kill -9 is processed exactly once after restart', { timeout: 120_000 }, async () => {
  const body = JSON.stringify({ id: 'wh1', resource: 'messages', event: 'created', data: { id: 'msg-crash-1', roomId: 'r1' } });
  const key = 'messages:created:msg-crash-1';

  const first = await startChild('receive');
  assert.equal((await deliver(first.port, body)).status, 200);
  first.process.kill('SIGKILL');
  await once(first.process, 'exit');

  const second = await startChild('work');
  await second.next((l) => l['settled'] === key);
  // Webex delivering the same event again must not make it run twice.
  assert.equal((await deliver(second.port, body)).status, 200);
  const exited = once(second.process, 'exit');
  second.process.kill('SIGTERM');
  await second.next((l) => l['stopped'] === true);
  await exited;

  assert.deepEqual(readFileSync(outFile, 'utf8').split('\n').filter(Boolean), [key]);
  const store = openStore(path.join(dir, 'data'));
  try {
    const repo = createInboxRepo(store);
    assert.equal(repo.get(key)?.status, 'done');
    assert.equal(repo.depth(), 0, 'no second copy waits in the inbox');
  } finally {
    store.close();
  }
});
