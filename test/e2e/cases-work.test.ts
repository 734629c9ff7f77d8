import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { actionTitles, cardMessageId, mark, type World } from '../helpers/warden-world.js';
import { CAROL, caseWorld, postAndAlert, pressOn } from '../helpers/case-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, bob, alice, eve } = STANDARD_EMAILS;
const CARD = 'card 4111 1111 1111 1111 thanks';
let world: World;

before(async () => {
  world = await caseWorld();
});
after(() => world.close());

const alerts = (who: string, args = '') => world.say(who, world.alertRoom.id, `alerts ${args}`.trim());

test('every alert card shows its case id and at most 5 actions: the remedy, Assign to me, Snooze, False positive, Dismiss', async () => {
  const message = await postAndAlert(world, CARD);
  assert.match(message.post.markdown, new RegExp(`Case:\\*\\* ${message.caseId}`));
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Vendors', creator: alice, members: [bob] });
  world.emu.addMember(alice, room.id, eve);
  const [membership] = await world.waitForCards(world.alertRoom.id, 1, since);
  for (const card of [message.post.card, membership!.card]) {
    const top = (card.actions as unknown[]).length;
    assert.ok(top <= 5, `${top} actions`);
    const titles = actionTitles(card);
    for (const t of ['Assign to me', 'Snooze', 'Snooze > Snooze', 'False positive', 'False positive > False positive', 'Dismiss']) assert.ok(titles.includes(t), t);
    assert.match(JSON.stringify(card), /Case [0-9A-Z]{4}/);
  }
});

test('Assign to me, then another officer reassigns; each answer names the officer; alerts mine follows the assignee', async () => {
  const a = await postAndAlert(world, CARD);
  const first = await pressOn(world, officer, a, 'assign');
  assert.match(first, new RegExp(`${officer}.*took.*Case ${a.caseId}`));
  assert.match(await alerts(officer, 'mine'), new RegExp(`Case ${a.caseId}`));
  const second = await pressOn(world, CAROL, a, 'assign');
  assert.match(second, new RegExp(`${CAROL}.*reassigned.*Case ${a.caseId}`));
  assert.match(await alerts(CAROL, 'mine'), new RegExp(`Case ${a.caseId}.*assigned to ${CAROL}`));
  assert.doesNotMatch(await alerts(officer, 'mine'), new RegExp(`Case ${a.caseId}`));
  assert.match(await alerts(officer), new RegExp(`Case ${a.caseId}\\*\\* \\(assigned`), 'assigned cases are in the default list');
  assert.equal(world.emu.callsTo('DELETE', `/messages/${a.messageId}`).length, 0, 'nothing changed in Webex');
});

test('two officers pressing Assign to me at once: one transition, the other told who took it', async () => {
  const a = await postAndAlert(world, CARD);
  const before = world.replyCalls(a.cardId).length;
  world.emu.pressCard(officer, a.cardId, { alertId: a.alertId, verb: 'assign' });
  world.emu.pressCard(CAROL, a.cardId, { alertId: a.alertId, verb: 'assign' });
  const replies = await waitFor('two answers', () => (world.replyCalls(a.cardId).length >= before + 2 ? world.replyCalls(a.cardId) : undefined));
  const texts = replies.slice(before).map((r) => (r.body as { markdown: string }).markdown);
  assert.equal(texts.filter((t) => /took/.test(t)).length, 1, texts.join(' | '));
  assert.equal(texts.filter((t) => /nothing was done: this case was just assigned to/.test(t)).length, 1, texts.join(' | '));
});

test('assign <case> <email> by command: the assignee is mentioned in the card thread; a non-officer assignee is refused', async () => {
  const a = await postAndAlert(world, CARD);
  const reply = await world.say(officer, world.alertRoom.id, `assign ${a.caseId.toLowerCase()} ${CAROL}`);
  assert.match(reply, new RegExp(`Case ${a.caseId}.*assigned to.*${CAROL}`));
  const note = await waitFor('the note under the card', () => world.replies(a.cardId).find((r) => r.includes('assigned')));
  assert.ok(note.includes(`<@personEmail:${CAROL}|`), note);
  const mentioned = world.emu.messagesIn(world.alertRoom.id).find((m) => m.parentId === a.cardId && m.markdown === note);
  assert.ok(mentioned?.mentionedPeople?.includes(world.emu.person(CAROL).id), 'Webex sees Carol mentioned');
  assert.match(await alerts(CAROL, 'mine'), new RegExp(`Case ${a.caseId}`));
  assert.match(await world.say(officer, world.alertRoom.id, `assign ${a.caseId} ${bob}`), /not a compliance officer.*Nothing changed/);
  assert.match(await world.say(officer, world.alertRoom.id, `assign ZZZZ ${CAROL}`), /no case/);
  assert.match(await world.say(bob, world.alertRoom.id, `assign ${a.caseId} ${bob}`), /only compliance officers/);
  assert.match(await alerts(CAROL, 'mine'), new RegExp(`Case ${a.caseId}`), 'still Carol’s');
});

test('a snooze of 2 s leaves alerts, survives a restart and comes back with its answer in the thread, mentioning the assignee', async () => {
  const a = await postAndAlert(world, CARD);
  await pressOn(world, CAROL, a, 'assign');
  const answer = await pressOn(world, officer, a, 'snooze', { snoozeFor: 'PT2S' });
  assert.match(answer, new RegExp(`${officer}.*snoozed.*Case ${a.caseId}`));
  assert.doesNotMatch(await alerts(officer), new RegExp(`Case ${a.caseId}`));
  assert.match(await alerts(officer, 'snoozed'), new RegExp(`Case ${a.caseId}.*snoozed`));
  await world.restart();
  const over = await waitFor('the snooze-over answer', () => world.replies(a.cardId).find((r) => /snooze of \*\*Case .* is over/.test(r)), 15_000);
  assert.ok(over.includes(a.caseId));
  assert.ok(over.includes(`<@personEmail:${CAROL}|`), over);
  assert.match(await alerts(officer), new RegExp(`Case ${a.caseId}\\*\\* \\(assigned to ${CAROL}`), 'back in the state it had');
  assert.equal(world.replies(a.cardId).filter((r) => /is over/.test(r)).length, 1, 'answered once');
});

test('a tampered snoozeFor is refused and nothing changes', async () => {
  const a = await postAndAlert(world, CARD);
  for (const snoozeFor of ['P31D', 'PT0S', 'P1M', '-PT1H', 'tomorrow', 42, undefined]) {
    const answer = await pressOn(world, officer, a, 'snooze', snoozeFor === undefined ? {} : { snoozeFor });
    assert.match(answer, /Sorry.*PT1S to P30D.*Nothing was changed/, String(snoozeFor));
  }
  assert.match(await alerts(officer), new RegExp(`Case ${a.caseId}\\*\\* \\(open\\)`));
  assert.match(await world.say(officer, world.alertRoom.id, 'audit 1'), /snooze.*refused/);
});

test('a non-officer is refused on every new button and nothing changes', async () => {
  const a = await postAndAlert(world, CARD);
  const since = mark(world.emu);
  const presses: Array<[string, Record<string, unknown>]> = [
    ['assign', {}],
    ['snooze', { snoozeFor: 'PT1H' }],
    ['false-positive', { scope: 'value', reason: 'looks fine to me' }],
    ['delete-message', { notifyAuthor: 'true' }],
  ];
  for (const [verb, inputs] of presses) assert.match(await pressOn(world, bob, a, verb, inputs), /only compliance officers.*Nothing was changed/, verb);
  assert.match(await alerts(officer), new RegExp(`Case ${a.caseId}\\*\\* \\(open\\)`));
  assert.doesNotMatch(await world.say(officer, world.alertRoom.id, 'exemptions'), new RegExp(a.alertId));
  assert.equal(world.emu.calls.filter((c) => c.seq > since && c.method === 'DELETE').length, 0);
  const audit = await world.say(officer, world.alertRoom.id, 'audit 4');
  assert.equal((audit.match(/refused/g) ?? []).length, 4, audit);
});

test('the audit lists every transition of a case, with from and to', async () => {
  const a = await postAndAlert(world, CARD);
  await pressOn(world, officer, a, 'assign');
  await pressOn(world, officer, a, 'snooze', { snoozeFor: 'PT1S' });
  await waitFor('the snooze to end', () => world.replies(a.cardId).find((r) => /is over/.test(r)));
  await pressOn(world, CAROL, a, 'delete-message', { note: 'PCI', notifyAuthor: 'false' });
  const audit = await world.say(officer, world.alertRoom.id, 'audit 4');
  const lines = audit.split('\n').filter((l) => l.includes(a.alertId));
  assert.deepEqual(
    lines.map((l) => l.match(/case (\S+) → (\S+)/)?.slice(1).join('>')),
    ['assigned>deleted', 'snoozed>assigned', 'assigned>snoozed', 'open>assigned'],
    audit,
  );
  assert.ok(lines[1]!.includes('warden'), 'the snooze ending is Warden’s own');
  const card = cardMessageId(world, a.post);
  assert.equal(card, a.cardId);
});
