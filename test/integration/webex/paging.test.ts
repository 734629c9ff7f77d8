import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import type { WebexEvent } from '../../../src/webex/types.js';
import { clientOn } from './setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0, maxPageSize: 3 });
});
after(() => emu.close());

test('paging over several Link pages returns every event once', async () => {
  const officer = emu.person('officer@acme.example');
  const base = Date.parse('2026-03-01T10:00:00Z');
  const seeded = Array.from({ length: 8 }, (_, i) => ({
    id: `EVENT_${i}`,
    resource: 'messages',
    type: 'created',
    actorId: officer.id,
    created: new Date(base + i * 1000).toISOString(),
    data: { id: `MSG_${i}`, roomId: 'ROOM', text: `hello ${i}` },
  }));
  emu.addEvents(seeded);
  emu.resetCalls();
  const { api } = clientOn(emu.url, STANDARD_TOKENS.officer);
  const pages: WebexEvent[][] = [];
  for await (const page of api.events.pages({ resource: 'messages', from: '2026-03-01T00:00:00Z', max: 3 })) pages.push(page);
  assert.ok(pages.length >= 3, `only ${pages.length} pages`);
  const ids = pages.flat().map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, 'an event came twice');
  assert.deepEqual([...ids].sort(), seeded.map((e) => e.id).sort());
  assert.equal(emu.callsTo('GET', '/events').length, pages.length);
});

test('a next link on another origin is not followed, and the token never goes there', async () => {
  const elsewhere = await listen((_req, res) => res.end('{}'));
  const hits: string[] = [];
  elsewhere.server.on('request', (req) => hits.push(req.headers.authorization ?? ''));
  const api = await listen((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.setHeader('link', `<${elsewhere.url}/v1/events?cursor=abc>; rel="next"`);
    res.end(JSON.stringify({ items: [{ id: 'E1' }] }));
  });
  try {
    const { client } = clientOn(`${api.url}/v1`, 'some-token');
    const pages: unknown[][] = [];
    await assert.rejects(async () => {
      for await (const page of client.paginate('/events')) pages.push(page);
    }, /another origin/);
    assert.equal(pages.length, 1);
    assert.deepEqual(hits, []);
  } finally {
    await Promise.all([close(api.server), close(elsewhere.server)]);
  }
});

async function listen(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
