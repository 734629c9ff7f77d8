import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { alertIdOf, cardMessageId, mark, subscribedWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob } = STANDARD_EMAILS;
const BACKLOG = 1_000;
let world: World;

before(async () => {
  world = await subscribedWorld();
});
after(() => world.close());

test("a card press is handled before a compliance backlog drains: the bot's own events go first", async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Payments', creator: alice, members: [bob] });
  const message = world.emu.postMessage(alice, { roomId: room.id, text: 'card 4111 1111 1111 1111 thanks' });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const cardId = cardMessageId(world, post!);

  // A catch-up's worth of files shared in spaces Warden has not seen: each costs a member-list lookup.
  world.emu.fault({ method: 'GET', path: '/memberships', status: 0, delayMs: 2, times: BACKLOG * 2 });
  const alicePerson = world.emu.person(alice);
  const createdAt = new Date(Date.now() - 1_000).toISOString();
  world.emu.addEvents(
    Array.from({ length: BACKLOG }, (_, i) => ({
      resource: 'messages',
      type: 'created',
      actorId: alicePerson.id,
      created: createdAt,
      data: { id: `backlog-msg-${i}`, roomId: `backlog-room-${i}`, personId: alicePerson.id, personEmail: alice, text: 'see attached', files: [`https://files.example/b-${i}.pdf`] },
    })),
  );
  const backlogLookups = () => world.emu.callsTo('GET', '/memberships', 'officer').filter((c) => String(c.query.roomId ?? '').startsWith('backlog-room-'));
  await waitFor('the backlog stored and being worked on', async () => {
    const health = (await (await fetch(`${world.running.url}/healthz`)).json()) as { inboxDepth: number };
    return health.inboxDepth >= BACKLOG * 0.8 && backlogLookups().length > 0;
  }, 20_000);

  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post!.card), verb: 'delete-message' });
  const deletion = await waitFor('the DELETE of the offending message', () => world.emu.callsTo('DELETE', `/messages/${message.id}`).find((c) => c.status < 300), 30_000);
  await waitFor('the backlog drained', () => backlogLookups().length >= BACKLOG, 60_000);
  const after = backlogLookups().filter((c) => c.seq > deletion.seq).length;
  assert.ok(after > BACKLOG / 2, `most of the backlog is worked on after the press (${after} of ${BACKLOG} lookups came after the DELETE)`);
});
