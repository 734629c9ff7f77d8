import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { openStore } from '../../src/store/open-store.js';
import { createAlertsRepo } from '../../src/store/alerts-repo.js';
import { alertIdOf, cardMessageId, mark, subscribedWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob } = STANDARD_EMAILS;
let world: World;

before(async () => {
  world = await subscribedWorld();
});
after(() => world.close());

async function cardNumberAlert(text: string) {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Payments', creator: alice, members: [bob] });
  const message = world.emu.postMessage(alice, { roomId: room.id, text });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  return { message, post: post!, cardId: cardMessageId(world, post!), alertId: alertIdOf(post!.card) };
}

test('an alerted message deleted by its author closes the alert with a thread note; a later press deletes nothing', async () => {
  const { message, post, cardId, alertId } = await cardNumberAlert('charge 4111 1111 1111 1111 today');
  assert.match(await world.say(officer, world.alertRoom.id, 'alerts'), new RegExp(alertId));

  world.emu.deleteMessage(alice, message.id);
  const note = await waitFor('the note under the card', () => world.replies(cardId)[0]);
  assert.match(note, /deleted in Webex by its author, \*\*alice@acme\.example\*\*/);
  assert.doesNotMatch(await world.say(officer, world.alertRoom.id, 'alerts'), new RegExp(alertId), '`alerts` no longer lists it');

  const store = openStore(world.env.DATA_DIR!);
  try {
    const stored = createAlertsRepo(store).get(alertId);
    assert.equal(stored?.status, 'handled');
    assert.ok(stored?.view.evidence.some((e) => e.includes('•••• 1111')), 'the masked evidence is kept');
  } finally {
    store.close();
  }

  const since = mark(world.emu);
  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post.card), verb: 'delete-message' });
  const answer = await waitFor('the answer to the press', () => (world.replies(cardId).length > 1 ? world.replies(cardId).at(-1) : undefined));
  assert.match(answer, /already deleted by \*\*alice@acme\.example \(its author\)\*\*/);
  assert.equal(world.emu.calls.filter((c) => c.seq > since && c.method === 'DELETE').length, 0);
});

test('a message deleted by someone else names them, not the author', async () => {
  const { message, cardId } = await cardNumberAlert('mastercard 5555 5555 5555 4444');
  world.emu.deleteMessage(officer, message.id);
  const note = await waitFor('the note under the card', () => world.replies(cardId)[0]);
  assert.match(note, /deleted in Webex by \*\*officer@acme\.example\*\*/);
  assert.doesNotMatch(note, /its author/);
});

test('deleting a message Warden pressed Delete on adds no second note', async () => {
  const { message, post, cardId } = await cardNumberAlert('visa 4012 8888 8888 1881');
  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post.card), verb: 'delete-message' });
  await waitFor('the answer to the press', () => world.replies(cardId)[0]);
  // The poller reads the deletion Warden made; once a later message is alerted, the deletion was handled too.
  await cardNumberAlert('amex 3782 822463 10005');
  assert.ok(world.emu.message(message.id)?.deleted);
  assert.equal(world.replies(cardId).length, 1);
});

test('a message deleted before its alert was raised (both events in one poll) still ends closed, with the note under its card', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Quick regret', creator: alice, members: [bob] });
  const message = world.emu.postMessage(alice, { roomId: room.id, text: 'oops 4111 1111 1111 1111' });
  world.emu.deleteMessage(alice, message.id);
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const cardId = cardMessageId(world, post!);
  const note = await waitFor('the note under the card', () => world.replies(cardId)[0]);
  assert.match(note, /deleted in Webex by its author, \*\*alice@acme\.example\*\*/);
  assert.doesNotMatch(await world.say(officer, world.alertRoom.id, 'alerts'), new RegExp(alertIdOf(post!.card)));
});
