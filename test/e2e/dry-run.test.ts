import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { alertIdOf, cardMessageId, mark, subscribedWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob } = STANDARD_EMAILS;
let world: World;
before(async () => {
  world = await subscribedWorld({ DRY_RUN: 'true' });
});
after(() => world.close());

test('DRY_RUN: alerts are posted, a press is recorded and answered, and nothing in Webex changes', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Payments', creator: alice, members: [bob] });
  const message = world.emu.postMessage(alice, { roomId: room.id, text: 'card 4111 1111 1111 1111' });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const cardId = cardMessageId(world, post!);
  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post!.card), verb: 'delete-message' });
  const reply = await waitFor('the answer', () =>
    world.emu.callsTo('POST', '/messages', 'bot').find((c) => (c.body as { parentId?: string }).parentId === cardId),
  );
  assert.match((reply.body as { markdown: string }).markdown, /dry run: would have deleted/i);
  assert.equal(world.emu.calls.filter((c) => c.seq > since && c.method === 'DELETE').length, 0);
  assert.ok(!world.emu.message(message.id)?.deleted);
  assert.match(await world.say(officer, world.alertRoom.id, 'audit 1'), /dry/i);
});
