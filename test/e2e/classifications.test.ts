import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDARD_EMAILS, type EmuRoom } from '../../src/emulator/types.js';
import { mark, settle, subscribedWorld, type CardPost, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob, bot } = STANDARD_EMAILS;
let world: World;
let critical: EmuRoom;

/** Payment cards are critical in spaces classified at rank 3 (Highly Confidential) or above. */
const POLICY = `version: 1
rules:
  payment-card:
    escalate: { classificationRank: 3, severity: critical }
`;

before(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-policy-'));
  writeFileSync(path.join(dir, 'policy.yaml'), POLICY);
  world = await subscribedWorld({ POLICY_FILE: path.join(dir, 'policy.yaml') });
  critical = world.emu.addRoom({ title: 'Critical only', creator: officer, members: [bot] });
  assert.match(await world.say(officer, critical.id, 'subscribe critical'), /critical/);
});
after(() => world.close());

const classOf = (title: string): string => {
  const c = world.emu.classifications().find((x) => x.title === title);
  if (!c) throw new Error(`no classification ${title}`);
  return c.id;
};
const factsOf = (post: CardPost): Record<string, string> => {
  const facts = (post.card.body as Array<{ type: string; facts?: Array<{ title: string; value: string }> }>).find((e) => e.type === 'FactSet')?.facts ?? [];
  return Object.fromEntries(facts.map((f) => [f.title, f.value]));
};
const cardIn = (roomId: string, since: number) => world.waitForCards(roomId, 1, since).then((c) => c[0]!);

test("a classified space's title is on the card, and a rank-3 space escalates a card number to critical for a `subscribe critical` space", async () => {
  const board = world.emu.addRoom({ title: 'Board', creator: alice, members: [bob] });
  world.emu.classifyRoom(officer, board.id, classOf('Highly Confidential'));
  const lunch = world.emu.addRoom({ title: 'Lunch', creator: alice, members: [bob] });

  const beforeLunch = mark(world.emu);
  world.emu.postMessage(alice, { roomId: lunch.id, text: 'my card 4111 1111 1111 1111 for the order' });
  const lunchCard = await cardIn(world.alertRoom.id, beforeLunch);
  assert.equal(factsOf(lunchCard).Severity, 'high');
  assert.equal(factsOf(lunchCard).Classification, undefined, 'an unclassified space shows none');

  const beforeBoard = mark(world.emu);
  world.emu.postMessage(alice, { roomId: board.id, text: 'card 5555 5555 5555 4444 for the retainer' });
  const boardCard = await cardIn(world.alertRoom.id, beforeBoard);
  assert.equal(factsOf(boardCard).Severity, 'critical');
  assert.equal(factsOf(boardCard).Classification, 'Highly Confidential');
  const routed = await cardIn(critical.id, beforeBoard);
  assert.equal(factsOf(routed).Classification, 'Highly Confidential');
  await settle();
  assert.equal(world.cards(critical.id, beforeLunch).length, 1, 'only the escalated alert reached the critical-only space');
  assert.equal(world.emu.callsTo('GET', '/classifications', 'officer').length, 1, 'the classification list is read once');
});

test('a classification change reaches Warden through a `rooms` updated event', async () => {
  const deals = world.emu.addRoom({ title: 'Deals', creator: alice, members: [bob] });
  const first = mark(world.emu);
  world.emu.postMessage(alice, { roomId: deals.id, text: 'pay with 4111 1111 1111 1111' });
  assert.equal(factsOf(await cardIn(world.alertRoom.id, first)).Classification, undefined);

  const classified = mark(world.emu);
  world.emu.classifyRoom(officer, deals.id, classOf('Restricted'));
  await waitFor('the rooms event to be polled', () => world.emu.callsTo('GET', '/events').some((c) => c.seq > classified && c.query.resource === 'rooms'));
  await settle();
  const second = mark(world.emu);
  world.emu.postMessage(alice, { roomId: deals.id, text: 'or with 5555 5555 5555 4444' });
  const card = await cardIn(world.alertRoom.id, second);
  assert.equal(factsOf(card).Classification, 'Restricted');
  assert.equal(factsOf(card).Severity, 'critical');
  assert.ok(world.emu.callsTo('GET', `/rooms/${deals.id}`, 'officer').some((c) => c.seq > classified), 'the space was read again');
});
