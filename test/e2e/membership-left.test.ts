import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { caseIdOf } from '../helpers/case-world.js';
import { alertIdOf, cardMessageId, mark, settle, subscribedWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob, eve } = STANDARD_EMAILS;
let world: World;

before(async () => {
  world = await subscribedWorld();
});
after(() => world.close());

const botReplies = (cardId: string) => world.replies(cardId);

test('when the outsider is removed in Webex, the membership alert is closed with a note under its card; a later join alerts anew', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Suppliers', creator: alice, members: [bob] });
  const joined = world.emu.addMember(alice, room.id, eve);
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const cardId = cardMessageId(world, post!);

  world.emu.removeMember(alice, joined.id);
  const [note] = await waitFor('a note under the card', () => (botReplies(cardId).length > 0 ? botReplies(cardId) : undefined));
  assert.match(note!, new RegExp(`${eve.replace('.', '\\.')}\\*\\* was removed from the space by \\*\\*${alice.replace('.', '\\.')}`));
  assert.match(note!, /The alert is closed/);
  assert.doesNotMatch(await world.say(officer, world.alertRoom.id, 'alerts'), new RegExp(alertIdOf(post!.card)), 'no longer among the open alerts');
  // Its case is closed with it: nobody can be handed a case whose outsider is gone.
  assert.match(await world.say(officer, world.alertRoom.id, `assign ${caseIdOf(post!.card)} ${officer}`), new RegExp(`Case ${caseIdOf(post!.card)} is gone.*nothing changed`));

  // An officer pressing Remove on that card now is told, and nothing is deleted.
  const deletesBefore = world.emu.callsTo('DELETE', /^\/memberships\//).length;
  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post!.card), verb: 'remove-member' });
  const answer = await waitFor('the answer to the press', () => botReplies(cardId)[1]);
  assert.match(answer, /nothing was done: this alert was already removed by \*\*alice@/);
  assert.equal(world.emu.callsTo('DELETE', /^\/memberships\//).length, deletesBefore);

  // Added again (the same membership id): a new join, a new alert, and the old card's thread has nothing more.
  const sinceRejoin = mark(world.emu);
  const again = world.emu.addMember(alice, room.id, eve);
  assert.equal(again.id, joined.id);
  const [second] = await world.waitForCards(world.alertRoom.id, 1, sinceRejoin);
  assert.notEqual(alertIdOf(second!.card), alertIdOf(post!.card));
  await settle();
  assert.equal(botReplies(cardId).length, 2);
});

test('an outsider who leaves by themselves closes the alert as left, without any removal', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Partners', creator: alice, members: [bob] });
  const joined = world.emu.addMember(alice, room.id, eve);
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const cardId = cardMessageId(world, post!);

  world.emu.removeMember(eve, joined.id);
  const [note] = await waitFor('a note under the card', () => (botReplies(cardId).length > 0 ? botReplies(cardId) : undefined));
  assert.match(note!, /\*\* left the space at /);
});

test('without RECORDINGS_HOST_EMAIL, status says the recording report covers only the officer\'s own meetings', async () => {
  const answer = await world.say(officer, world.alertRoom.id, 'status');
  assert.match(answer, /Recording access report: only meetings the compliance officer hosted or that were shared with them/);
});
