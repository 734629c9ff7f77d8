import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { alertIdOf, cardMessageId, mark, startWorld, type CardPost, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';
import { cleanEnv } from '../helpers/run-main.js';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const { officer, alice, bob, eve } = STANDARD_EMAILS;
const carol = 'carol@acme.example';
let world: World;

before(async () => {
  world = await startWorld({ OFFICER_EMAILS: `${officer},${carol}` });
  world.emu.addPerson({ email: carol, displayName: 'Carol Checker', token: 'carol-token', label: 'carol' });
  // A second officer, and a colleague who is not one, both in the officers' alert space.
  world.emu.addMember(officer, world.alertRoom.id, carol);
  world.emu.addMember(officer, world.alertRoom.id, bob);
  await world.say(officer, world.alertRoom.id, 'subscribe');
});
after(() => world.close());

/** Someone in a group space of the org posts a card number; resolves with the offending message and its alert card. */
async function cardNumberAlert(text = 'card 4111 1111 1111 1111 thanks') {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Payments', creator: alice, members: [bob] });
  const message = world.emu.postMessage(alice, { roomId: room.id, text });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  return { message, post: post!, cardId: cardMessageId(world, post!) };
}

/** Presses a button on a card as `email` (inputs = the button's data, as Webex sends them) and waits for the answer. */
async function press(email: string, post: CardPost, cardId: string, verb: string, inputs: Record<string, unknown> = {}) {
  const before = world.replyCalls(cardId).length;
  world.emu.pressCard(email, cardId, { alertId: alertIdOf(post.card), verb, ...inputs });
  const replies = await waitFor('the answer in the thread', () => (world.replyCalls(cardId).length > before ? world.replyCalls(cardId) : undefined));
  return (replies.at(-1)!.body as { markdown: string; roomId: string }).markdown;
}

const deletesOf = (path: string) => world.emu.callsTo('DELETE', path);

test('Delete message (confirmed) deletes exactly the offending message with the compliance token and answers in the thread', async () => {
  const { message, post, cardId } = await cardNumberAlert();
  const answer = await press(officer, post, cardId, 'delete-message', { reason: 'PCI' });
  const deletes = deletesOf(`/messages/${message.id}`);
  assert.equal(deletes.length, 1);
  assert.equal(deletes[0]!.tokenLabel, 'officer');
  assert.equal(world.emu.callsTo('DELETE', /^\/messages\//).length, 1, 'nothing else deleted');
  assert.ok(world.emu.message(message.id)?.deleted, 'the message is gone');
  assert.match(answer, /deleted/i);
  assert.match(answer, new RegExp(officer));
  assert.equal((world.replyCalls(cardId)[0]!.body as { roomId: string }).roomId, world.alertRoom.id);
});

test('Remove deletes exactly that membership', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Vendors', creator: alice, members: [bob] });
  const membership = world.emu.addMember(alice, room.id, eve);
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const cardId = cardMessageId(world, post!);
  const answer = await press(officer, post!, cardId, 'remove-member');
  assert.equal(deletesOf(`/memberships/${membership.id}`).length, 1);
  assert.equal(world.emu.callsTo('DELETE', /^\/memberships\//).length, 1);
  assert.ok(!world.emu.memberships(room.id).some((m) => m.personEmail === eve));
  assert.match(answer, /removed/i);
});

test('Dismiss calls nothing in Webex and answers', async () => {
  const { post, cardId } = await cardNumberAlert();
  const since = mark(world.emu);
  const answer = await press(officer, post, cardId, 'dismiss');
  assert.equal(world.emu.calls.filter((c) => c.seq > since && c.method === 'DELETE').length, 0);
  assert.match(answer, /dismissed/i);
});

test('two officers pressing at once: one DELETE, and the second is told who did it', async () => {
  const { message, post, cardId } = await cardNumberAlert();
  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post.card), verb: 'delete-message' });
  world.emu.pressCard(carol, cardId, { alertId: alertIdOf(post.card), verb: 'delete-message' });
  const replies = await waitFor('two answers', () => (world.replyCalls(cardId).length >= 2 ? world.replyCalls(cardId) : undefined));
  assert.equal(deletesOf(`/messages/${message.id}`).length, 1);
  const texts = replies.map((r) => (r.body as { markdown: string }).markdown);
  assert.equal(texts.filter((t) => /already/i.test(t)).length, 1, texts.join(' | '));
});

test("a non-officer's press deletes nothing, is refused in the thread and audited", async () => {
  const { message, post, cardId } = await cardNumberAlert();
  const answer = await press(bob, post, cardId, 'delete-message');
  assert.equal(deletesOf(`/messages/${message.id}`).length, 0);
  assert.match(answer, /only compliance officers|not allowed|refused/i);
  assert.match(await world.say(officer, world.alertRoom.id, 'audit 1'), /refused/);
});

test('a press whose data was edited to another alert or message deletes nothing else', async () => {
  const first = await cardNumberAlert();
  const second = await cardNumberAlert('second card 5555 5555 5555 4444');
  const since = mark(world.emu);
  // The card of the first alert, with its data pointing at the second alert and a message id of choice.
  world.emu.pressCard(officer, first.cardId, { alertId: alertIdOf(second.post.card), verb: 'delete-message', messageId: second.message.id });
  await waitFor('an answer', () => world.replyCalls(first.cardId).length > 0);
  assert.equal(world.emu.calls.filter((c) => c.seq > since && c.method === 'DELETE').length, 0);
  assert.ok(!world.emu.message(second.message.id)?.deleted);
});

test('a 410 (already deleted by its author) closes the alert as already gone, without an error', async () => {
  const { message, post, cardId } = await cardNumberAlert();
  world.emu.deleteMessage(alice, message.id);
  const answer = await press(officer, post, cardId, 'delete-message');
  assert.match(answer, /already/i);
  assert.doesNotMatch(answer, /failed|error/i);
  assert.match(await world.say(officer, world.alertRoom.id, 'audit 1'), /already-gone|already gone/);
});

test('a press after a restart works on an old alert', async () => {
  const { message, post, cardId } = await cardNumberAlert();
  await world.restart();
  await press(officer, post, cardId, 'delete-message');
  assert.equal(deletesOf(`/messages/${message.id}`).length, 1);
});

test('the audit export lists every press, as CSV and as JSON lines', async () => {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const run = (format: string) =>
    new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', tsx, 'src/audit/export-cli.ts', '--format', format], { env: cleanEnv({ DATA_DIR: world.env.DATA_DIR! }) }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}: ${stderr}`)) : resolve(stdout + stderr),
      ),
    );
  const csv = await run('csv');
  for (const outcome of ['deleted', 'removed', 'dismissed', 'already-handled', 'refused', 'already-gone']) assert.match(csv, new RegExp(outcome));
  const lines = (await run('jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { outcome: string });
  assert.equal(lines.length, csv.trim().split('\n').length - 1);
  assert.ok(lines.some((l) => l.outcome === 'refused'));
});

test('an outsider removed and added back alerts again (Webex keeps the membership id)', async () => {
  let since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Revolving door', creator: alice, members: [bob] });
  const first = world.emu.addMember(alice, room.id, eve);
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  await press(officer, post!, cardMessageId(world, post!), 'remove-member');
  since = mark(world.emu);
  const again = world.emu.addMember(bob, room.id, eve);
  assert.equal(again.id, first.id);
  const [second] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.notEqual(alertIdOf(second!.card), alertIdOf(post!.card));
  assert.match(second!.markdown, /Revolving door/);
});
