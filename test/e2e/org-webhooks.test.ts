import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, settle, startWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, eve } = STANDARD_EMAILS;
let world: World;

before(async () => {
  // Polls a minute apart: an alert that comes sooner came by the org-wide webhook.
  world = await startWorld({ EVENTS_POLL_SECONDS: '60' });
  world.emu.setFileDlp(world.emu.mainOrg.id, true);
  await world.say(officer, world.alertRoom.id, 'subscribe');
});
after(() => world.close());

const eventsCalls = (since: number) => world.emu.callsTo('GET', '/events', 'officer').filter((c) => c.seq > since);

test('a file shared with an outsider alerts by the org-wide webhook before any poll, and a later poll does not alert it again', async () => {
  const room = world.emu.addRoom({ title: 'Partner contracts', creator: alice, members: [eve] });
  const since = mark(world.emu);
  const msg = world.emu.postMessage(alice, { roomId: room.id, text: 'signed copy', files: ['https://files.example/contract.pdf'] });

  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.match(post!.markdown, /file shared/i);
  assert.match(post!.markdown, /Partner contracts/);
  assert.deepEqual(eventsCalls(since), [], 'no Events API poll happened between the message and its card');
  const delivered = world.emu.deliveries.filter((d) => d.targetUrl === `${world.running.url}/webhooks/org` && d.resource === 'messages');
  assert.ok(delivered.some((d) => d.status === 200 && d.body?.includes(msg.id)), 'the org-wide messages webhook delivered it');

  // Second phase: a poller a second apart catches up from its cursor, which is before the message.
  world.env.EVENTS_POLL_SECONDS = '1';
  const restart = mark(world.emu);
  await world.restart();
  const created = Date.parse(msg.created);
  await waitFor('a poll that covers the message', () =>
    eventsCalls(restart).some((c) => c.status === 200 && c.query.resource === 'messages' && Date.parse(c.query.from!) <= created && Date.parse(c.query.to!) > created),
  );
  await settle();
  // The poll also brings eve's joining, an alert of its own; the file is alerted once.
  const fileCards = world.cards(world.alertRoom.id, since).filter((c) => /file shared/i.test(c.markdown));
  assert.equal(fileCards.length, 1, 'the file is alerted once');
});
