import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

/** Follows `Link: <url>; rel="next"` until there is none; returns every page's items. */
async function readAll(emu: Emulator, firstPath: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let url: string | undefined = `${emu.url}${firstPath}`;
  let pages = 0;
  while (url) {
    const res = await callApi(emu, T.officer, 'GET', url);
    assert.equal(res.status, 200);
    pages += 1;
    ids.push(...res.body.items.map((e: { id: string }) => e.id));
    url = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
  }
  return { ids, pages };
}

function bulk(n: number, startMs: number, resource = 'messages'): Array<{ id: string; resource: string; type: string; actorId: string; created: string; data: Record<string, unknown> }> {
  return Array.from({ length: n }, (_, i) => ({
    id: `${resource}-${startMs}-${i}`, resource, type: 'created', actorId: 'someone',
    // Several events share a millisecond, as they do in real bursts.
    created: new Date(startMs + Math.floor(i / 3)).toISOString(), data: { id: `m${i}` },
  }));
}

describe('emulator Events API', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startTestEmulator();
  });
  after(() => emu.close());

  it('pages by Link only, over three or more pages, returning every event once', async () => {
    emu.addEvents(bulk(25, Date.parse('2026-01-01T00:00:00Z')));
    const { ids, pages } = await readAll(emu, '/events?resource=messages&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&max=10');
    assert.ok(pages >= 3);
    assert.equal(ids.length, 25);
    assert.equal(new Set(ids).size, 25);
  });

  it('keeps to the from/to window (from inclusive, to exclusive) and the resource', async () => {
    emu.addEvents(bulk(6, Date.parse('2026-02-01T00:00:00Z'), 'memberships'));
    const { ids } = await readAll(emu, '/events?resource=memberships&from=2026-02-01T00:00:00.000Z&to=2026-02-01T00:00:00.001Z');
    assert.deepEqual(ids.sort(), ['0', '1', '2'].map((i) => `memberships-${Date.parse('2026-02-01T00:00:00Z')}-${i}`).sort());
  });

  it('records live changes as events, with the text on messages/created only', async () => {
    const room = emu.addRoom({ title: 'Live', creator: E.alice, members: [E.bob] });
    const msg = emu.postMessage(E.alice, { roomId: room.id, text: 'AKIA0000000000000000' });
    emu.deleteMessage(E.alice, msg.id);
    const res = await callApi(emu, T.officer, 'GET', `/events?resource=messages&actorId=${emu.person(E.alice).id}`);
    const created = res.body.items.find((e: { type: string }) => e.type === 'created');
    const deleted = res.body.items.find((e: { type: string }) => e.type === 'deleted');
    assert.equal(created.data.text, 'AKIA0000000000000000');
    assert.equal(deleted.data.id, msg.id);
    assert.equal(deleted.data.text, undefined);
    const one = await callApi(emu, T.officer, 'GET', `/events/${created.id}`);
    assert.equal(one.body.data.id, msg.id);
  });

  it('answers 403 to anyone but a compliance officer', async () => {
    assert.equal((await callApi(emu, T.bot, 'GET', '/events')).status, 403);
    assert.equal((await callApi(emu, T.alice, 'GET', '/events')).status, 403);
  });

  it('caps max at 1000 silently and pages 20,000 events completely', async () => {
    const fresh = await startTestEmulator();
    try {
      fresh.addEvents(bulk(20_000, Date.parse('2026-03-01T00:00:00Z')));
      const first = await callApi(fresh, T.officer, 'GET', '/events?max=5000');
      assert.equal(first.body.items.length, 1000);
      const { ids } = await readAll(fresh, '/events?max=1000');
      assert.equal(ids.length, 20_000);
      assert.equal(new Set(ids).size, 20_000);
    } finally {
      await fresh.close();
    }
  });
});
