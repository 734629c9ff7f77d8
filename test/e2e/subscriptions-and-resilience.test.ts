import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, settle, subscribedWorld, type World } from '../helpers/warden-world.js';

const { officer, alice, bob, eve } = STANDARD_EMAILS;
let world: World;

before(async () => {
  world = await subscribedWorld();
});
after(() => world.close());

const payments = () => world.emu.addRoom({ title: 'Payments', creator: alice, members: [bob] });

test("a non-officer's subscribe is refused and that space gets nothing", async () => {
  const teamRoom = world.emu.addRoom({ title: 'Team room', creator: alice, members: [STANDARD_EMAILS.bot, bob] });
  assert.match(await world.say(alice, teamRoom.id, 'subscribe'), /only compliance officers/i);
  const since = mark(world.emu);
  world.emu.postMessage(bob, { roomId: payments().id, text: 'visa 4012 8888 8888 1881 please' });
  await world.waitForCards(world.alertRoom.id, 1, since);
  await settle();
  assert.equal(world.cards(teamRoom.id).length, 0);
});

test('a high-only space gets high alerts but not medium ones; unsubscribe stops alerts', async () => {
  const highRoom = world.emu.addRoom({ title: 'Escalations', creator: officer, members: [STANDARD_EMAILS.bot] });
  assert.match(await world.say(officer, highRoom.id, 'subscribe high'), /high/);
  let since = mark(world.emu);
  world.emu.addRoom({ title: 'Vendors', creator: alice, members: [bob, eve] }); // external member: medium
  world.emu.postMessage(alice, { roomId: payments().id, text: 'mastercard 5555 5555 5555 4444' }); // high
  await world.waitForCards(highRoom.id, 1, since);
  await world.waitForCards(world.alertRoom.id, 2, since);
  await settle();
  assert.equal(world.cards(highRoom.id, since).length, 1, 'only the high alert');
  assert.match(world.cards(highRoom.id, since)[0]!.markdown, /•••• 4444/);

  assert.match(await world.say(officer, highRoom.id, 'unsubscribe'), /no longer|unsubscribed|stop/i);
  since = mark(world.emu);
  world.emu.postMessage(alice, { roomId: payments().id, text: 'discover 6011 1111 1111 1117' });
  await world.waitForCards(world.alertRoom.id, 1, since);
  await settle();
  assert.equal(world.cards(highRoom.id, since).length, 0);
});

test('the same event seen by the org webhook and by the poller alerts once, within seconds', async () => {
  world.emu.setFileDlp(world.emu.mainOrg.id, true);
  try {
    const room = world.emu.addRoom({ title: 'Partner files', creator: alice, members: [eve] });
    await settle();
    const since = mark(world.emu);
    const msg = world.emu.postMessage(alice, { roomId: room.id, text: 'contract draft', files: ['https://files.example/draft.docx'] });
    await world.waitForCards(world.alertRoom.id, 1, since);
    await settle(3_000); // several polls see the same message again
    const orgDeliveries = world.emu.deliveries.filter((d) => d.targetUrl.endsWith('/webhooks/org') && d.resource === 'messages');
    assert.ok(orgDeliveries.length >= 1, 'the org-wide webhook delivered it');
    assert.ok(world.emu.callsTo('GET', `/messages/${msg.id}`, 'officer').length <= 1);
    assert.equal(world.cards(world.alertRoom.id, since).length, 1);
  } finally {
    world.emu.setFileDlp(world.emu.mainOrg.id, false);
  }
});

test('a 429 on the events call delays the poll but loses nothing', async () => {
  world.emu.fault({ method: 'GET', path: '/events', status: 429, retryAfter: 1, times: 2 });
  const since = mark(world.emu);
  world.emu.postMessage(alice, { roomId: payments().id, text: 'jcb 3530 1113 3330 0000' });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.match(post!.markdown, /•••• 0000/);
  assert.ok(world.emu.calls.some((c) => c.seq > since && c.path === '/events' && c.status === 429));
});

test('after a restart the subscription holds and what happened while down alerts once', async () => {
  const port = Number(new URL(world.running.url).port);
  await world.running.stop();
  const since = mark(world.emu);
  world.emu.postMessage(alice, { roomId: payments().id, text: 'while you were out: 4111-1111-1111-1111' });
  world.emu.addRoom({ title: 'Late joiners', creator: bob, members: [alice, eve] });
  await world.restart().catch(async () => {
    // restart() stops the running app first; it is already stopped here.
    throw new Error(`restart on port ${port} failed`);
  });
  const cards = await world.waitForCards(world.alertRoom.id, 2, since);
  await settle();
  assert.equal(world.cards(world.alertRoom.id, since).length, 2);
  assert.ok(cards.some((c) => /•••• 1111/.test(c.markdown)));
  assert.ok(cards.some((c) => /Late joiners/.test(c.markdown)));
});
