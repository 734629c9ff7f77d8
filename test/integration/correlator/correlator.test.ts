import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { isTransient } from '../../../src/webex/webex-api-error.js';
import { correlatorWorld, webhookEnvelope } from './correlator-world.js';

const { alice, bob, eve } = STANDARD_EMAILS;
const MESSAGE_ENVELOPE_FIELDS = ['id', 'roomId', 'roomType', 'personId', 'personEmail', 'created'];

test('an Events API message is enriched from the item itself, with no GET /messages', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Deal room', creator: alice, members: [bob, eve] });
  const msg = w.emu.postMessage(alice, { roomId: room.id, text: 'the card is 4111 1111 1111 1111' });
  const [item] = (await w.events('messages')).filter((e) => e.data.id === msg.id);
  assert.ok(item);

  const e = await w.correlator.enrich('events', item);

  assert.equal(w.calls('GET', /^\/messages/), 0);
  assert.equal(e?.eventId, item.id);
  assert.deepEqual(e?.subject, { kind: 'message', key: `message:${msg.id}`, messageId: msg.id, roomId: room.id });
  assert.equal(e?.text, 'the card is 4111 1111 1111 1111');
  assert.equal(e?.space?.title, 'Deal room');
  assert.equal(e?.space?.ownedByOrg, true);
  assert.equal(e?.author?.email, alice);
  assert.equal(e?.author?.external, false);
  assert.deepEqual(e?.space?.externalMembers.map((p) => p.email), [eve]);
  assert.equal(e?.space?.externalMembers[0]?.external, true);
});

test('a webhook envelope (no text) costs exactly one GET /messages of that message', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Files', creator: alice, members: [bob] });
  const msg = w.emu.postMessage(bob, { roomId: room.id, text: 'key AKIAIOSFODNN7EXAMPLE here', files: ['https://files.example/a.pdf'] });
  const [item] = (await w.events('messages')).filter((e) => e.data.id === msg.id);
  assert.ok(item);

  const e = await w.correlator.enrich('org-webhook', webhookEnvelope(item, MESSAGE_ENVELOPE_FIELDS));

  assert.equal(w.calls('GET', `/messages/${msg.id}`), 1);
  assert.equal(w.calls('GET', /^\/messages/), 1);
  assert.notEqual(e?.eventId, 'WEBHOOK-ID-NOT-AN-EVENT');
  assert.equal(e?.subject.key, `message:${msg.id}`);
  assert.equal(e?.text, 'key AKIAIOSFODNN7EXAMPLE here');
  assert.deepEqual(e?.files, ['https://files.example/a.pdf']);
  assert.equal(e?.author?.email, bob);
});

test('a webhook for a message that is gone gives nothing to evaluate', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Gone', creator: alice });
  const envelope = {
    id: 'WEBHOOK', resource: 'messages', event: 'created', actorId: 'x', orgId: w.emu.mainOrg.id,
    data: { id: 'Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbWlzc2luZw', roomId: room.id, personId: 'x' },
  };
  assert.equal(await w.correlator.enrich('org-webhook', envelope), undefined);
  assert.equal(w.calls('GET', /^\/messages\//), 1);
});

test('fifty events of one space cost one room call and one member list (which also names the author)', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Busy', creator: alice, members: [bob, eve] });
  for (let i = 0; i < 50; i++) w.emu.postMessage(alice, { roomId: room.id, text: `message ${i}` });
  const items = (await w.events('messages')).filter((e) => e.data['roomId'] === room.id);
  assert.equal(items.length, 50);
  w.emu.resetCalls();

  const enriched = await Promise.all(items.map((item) => w.correlator.enrich('events', item)));

  assert.ok(enriched.every((e) => e?.space?.externalMembers.some((p) => p.email === eve)));
  assert.equal(w.calls('GET', `/rooms/${room.id}`), 1);
  assert.equal(w.calls('GET', '/memberships'), 1);
  assert.equal(w.calls('GET', /^\/people\/(?!me$)/), 0, 'the author is in the member list');
  assert.equal(enriched[0]?.author?.email, alice);
  assert.equal(enriched[0]?.author?.external, false);
  assert.equal(w.calls('GET', '/people/me'), 1);
  const stats = w.correlator.stats();
  assert.equal(stats.calls, 3);
  assert.ok(stats.cacheHits >= 49 * 2);
});

test('a membership event refreshes the member list it changes', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Internal', creator: alice, members: [bob] });
  const first = w.emu.postMessage(alice, { roomId: room.id, text: 'before' });
  const itemOf = async (id: string, resource = 'messages') => {
    const found = (await w.events(resource)).find((e) => e.data.id === id);
    assert.ok(found);
    return found;
  };
  const before = await w.correlator.enrich('events', await itemOf(first.id));
  assert.deepEqual(before?.space?.externalMembers, []);

  const joined = w.emu.addMember(alice, room.id, eve);
  const added = await w.correlator.enrich('events', await itemOf(joined.id, 'memberships'));
  assert.equal(w.calls('GET', '/memberships'), 2, 'the membership event refetched the list');
  assert.deepEqual(added?.subject, {
    kind: 'membership', key: `membership:${joined.id}@${joined.created}`, membershipId: joined.id, roomId: room.id,
    personId: joined.personId, personEmail: eve, personDisplayName: joined.personDisplayName,
  });
  assert.equal(added?.member?.external, true);
  assert.equal(added?.member?.orgId, w.emu.partnerOrg.id);
  assert.equal(added?.author?.email, alice);
  assert.deepEqual(added?.space?.externalMembers.map((p) => p.email), [eve]);

  const later = w.emu.postMessage(bob, { roomId: room.id, text: 'after' });
  const after = await w.correlator.enrich('events', await itemOf(later.id));
  assert.deepEqual(after?.space?.externalMembers.map((p) => p.email), [eve]);
  assert.equal(w.calls('GET', '/memberships'), 2, 'the refreshed list is cached again');

  w.emu.removeMember(alice, joined.id);
  const [left] = (await w.events('memberships', 'deleted')).filter((e) => e.data.id === joined.id);
  assert.ok(left);
  assert.equal(await w.correlator.enrich('events', left), undefined);
  const last = w.emu.postMessage(bob, { roomId: room.id, text: 'gone' });
  const afterLeaving = await w.correlator.enrich('events', await itemOf(last.id));
  assert.equal(w.calls('GET', '/memberships'), 3);
  assert.deepEqual(afterLeaving?.space?.externalMembers, []);
});

test('an author who left the space is looked up once across spaces, and the officer org once per process', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const rooms = [1, 2, 3].map((i) => w.emu.addRoom({ title: `Room ${i}`, creator: alice, members: [bob] }));
  for (const r of rooms) {
    w.emu.postMessage(alice, { roomId: r.id, text: 'hi' });
    w.emu.postMessage(bob, { roomId: r.id, text: 'hello' });
    const bobs = w.emu.memberships(r.id).find((m) => m.personEmail === bob)!;
    w.emu.removeMember(bob, bobs.id);
  }
  const enriched = [];
  for (const item of await w.events('messages')) enriched.push(await w.correlator.enrich('events', item));

  assert.equal(w.calls('GET', `/people/${w.emu.person(alice).id}`), 0, 'still a member: named by the member list');
  assert.equal(w.calls('GET', `/people/${w.emu.person(bob).id}`), 1, 'gone from the spaces: looked up, once');
  assert.ok(enriched.filter((e) => e?.author?.email === bob).length === 3);
  assert.equal(w.calls('GET', '/people/me'), 1);
  assert.equal(w.calls('GET', /^\/rooms\//), 3);
});

test('a transient failure propagates and is not cached; a space that is gone leaves the rest', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Flaky', creator: alice });
  w.emu.postMessage(alice, { roomId: room.id, text: 'first' });
  const [item] = await w.events('messages');
  assert.ok(item);
  w.emu.fault({ method: 'GET', path: `/rooms/${room.id}`, status: 503, times: 3 });

  await assert.rejects(w.correlator.enrich('events', item), (err) => isTransient(err));
  const e = await w.correlator.enrich('events', item);
  assert.equal(e?.space?.title, 'Flaky');

  const orphan = { ...item, id: 'EVENT-2', data: { ...item.data, id: 'MSG-2', roomId: 'Y2lzY29zcGFyazovL3VzL1JPT00vbm9uZQ' } };
  const partial = await w.correlator.enrich('events', orphan);
  assert.equal(partial?.space, undefined);
  assert.equal(partial?.text, 'first');
  assert.equal(partial?.author?.email, alice);
});

test('events no policy looks at give nothing and make no calls', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Quiet', creator: alice });
  const msg = w.emu.postMessage(alice, { roomId: room.id, text: 'bye' });
  w.emu.deleteMessage(alice, msg.id);
  const deleted = await w.events('messages', 'deleted');
  const roomEvents = await w.events('rooms');
  assert.ok(deleted.length > 0 && roomEvents.length > 0);
  w.emu.resetCalls();

  for (const item of [...deleted, ...roomEvents]) assert.equal(await w.correlator.enrich('events', item), undefined);
  assert.equal(await w.correlator.enrich('events', { nonsense: true }), undefined);
  assert.equal(w.emu.calls.length, 0);
});
