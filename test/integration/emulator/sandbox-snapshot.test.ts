import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../../src/emulator/index.js';

// The control routes the sandbox keeps its world with (src/emulator/routes/sandbox-*.ts).

const control = async (origin: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${origin}/_emulator${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
};

test('a snapshot taken from one emulator and loaded into a new one gives the same world, tokens, events and files', async () => {
  const a = await startEmulator();
  const b = await startEmulator({ standardWorld: false });
  try {
    const room = a.addRoom({ title: 'Deals', creator: 'alice@acme.example', members: ['eve@partner.example'] });
    const file = await control(a.origin, 'POST', '/files', { name: 'plan.txt', contentType: 'text/plain', base64: Buffer.from('the plan').toString('base64') });
    assert.equal(file.status, 200);
    assert.match(file.body!.url, new RegExp(`^${a.origin}/v1/contents/`));
    a.postMessage('alice@acme.example', { roomId: room.id, text: 'see the plan', files: [file.body!.url] });
    const snap = await control(a.origin, 'GET', '/snapshot');

    assert.equal((await control(b.origin, 'PUT', '/snapshot', snap.body)).status, 204);
    assert.deepEqual(b.messagesIn(room.id), a.messagesIn(room.id));
    assert.deepEqual(b.memberships(room.id), a.memberships(room.id));
    assert.deepEqual(b.events(), a.events());
    assert.equal(b.mainOrg.id, a.mainOrg.id);
    // The seeded tokens still work, with the same identity, against the new emulator's API.
    const res = await fetch(`${b.url}/messages?roomId=${encodeURIComponent(room.id)}`, { headers: { authorization: 'Bearer officer-token' } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { items: unknown[] }).items.length, 1);
    assert.equal(b.callsTo('GET', '/messages', 'officer').length, 1);
    const kept = await control(b.origin, 'GET', `/files/${file.body!.id}`);
    assert.equal(Buffer.from(kept.body!.base64, 'base64').toString(), 'the plan');
    const world = await control(b.origin, 'GET', '/world');
    assert.deepEqual(world.body!.files, [{ id: file.body!.id, name: 'plan.txt' }]);
    // A world is loaded only into an empty emulator.
    assert.equal((await control(a.origin, 'PUT', '/snapshot', snap.body)).status, 409);
  } finally {
    await a.close();
    await b.close();
  }
});

test('files: bytes required, bounded in size', async () => {
  const emu = await startEmulator();
  try {
    assert.equal((await control(emu.origin, 'POST', '/files', { name: 'x' })).status, 400);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    assert.equal((await control(emu.origin, 'POST', '/files', { name: 'x', base64: big })).status, 413);
    assert.equal((await control(emu.origin, 'GET', '/files/unknown')).status, 404);
  } finally {
    await emu.close();
  }
});
