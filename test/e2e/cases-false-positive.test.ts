import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, type World } from '../helpers/warden-world.js';
import { caseWorld, postAndAlert, pressOn } from '../helpers/case-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob } = STANDARD_EMAILS;
let world: World;
let exemptedSeen = 0;

before(async () => {
  world = await caseWorld();
});
after(() => world.close());

/** Resolves once the bot has exempted one more finding (the log line says so, without the value). */
async function nextExempted(): Promise<string> {
  const line = await waitFor('a finding exempted', () => world.logs.lines.filter((l) => l.includes('finding exempted by a false positive'))[exemptedSeen]);
  exemptedSeen += 1;
  return line;
}

/** Posts `exempted` (which must raise nothing) then `control` (which must alert) in one space; the control's card. */
async function exemptedThenControl(author: string, roomId: string, exempted: string, control: string) {
  const since = mark(world.emu);
  world.emu.postMessage(author, { roomId, text: exempted });
  await nextExempted();
  const alert = await postAndAlert(world, control, author, roomId);
  // Cards are posted in order of the messages: nothing was posted for the exempted one.
  assert.equal(world.cards(world.alertRoom.id, since).length, 1);
  return alert;
}

const room = (title: string, creator: string = alice) => world.emu.addRoom({ title, creator, members: [creator === bob ? alice : bob] }).id;

test('a false positive by value stops the same number in another space and by another author, not another number', async () => {
  const a = await postAndAlert(world, 'test card 4012 8888 8888 1881 for the sandbox');
  const answer = await pressOn(world, officer, a, 'false-positive', { scope: 'value', reason: 'Visa test number' });
  assert.match(answer, new RegExp(`${officer}.*false positive.*Exemption`));
  assert.doesNotMatch(JSON.stringify(world.emu.calls.filter((c) => c.method === 'DELETE')), new RegExp(a.messageId), 'nothing deleted');
  const elsewhere = room('Elsewhere', bob);
  const control = await exemptedThenControl(bob, elsewhere, 'again 4012-8888-8888-1881 please', 'now 5105 1051 0510 5100 instead');
  assert.match(control.post.markdown, /•••• 5100/);
  // One more number beside the exempted one still alerts.
  const both = await postAndAlert(world, '4012888888881881 and 4111 1111 1111 1111', bob, elsewhere);
  assert.match(both.post.markdown, /•••• 1111/);
  const list = await world.say(officer, world.alertRoom.id, 'exemptions');
  assert.match(list, /payment-card.*value \(kept as a keyed hash\).*officer@acme\.example.*Visa test number/);
  assert.doesNotMatch(list, /4012|1881/, 'never the value');
  assert.doesNotMatch(await world.say(officer, world.alertRoom.id, 'alerts'), new RegExp(`Case ${a.caseId}`), 'the case is closed');
});

test('the database keeps a keyed hash, never the value, and the key is in the database', async () => {
  const a = await postAndAlert(world, 'pay with 6011 0009 9013 9424 ok');
  await pressOn(world, officer, a, 'false-positive', { scope: 'value', reason: 'Discover test number' });
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(`${world.env.DATA_DIR}/warden.db`, { readonly: true });
  const rows = JSON.stringify(db.prepare('SELECT * FROM exemptions').all()) + JSON.stringify(db.prepare('SELECT * FROM cases').all());
  const key = db.prepare("SELECT value FROM meta WHERE key = 'cases.valueKey'").get() as { value: string } | undefined;
  db.close();
  assert.doesNotMatch(rows, /6011000990139424|6011 0009 9013 9424/);
  assert.ok(key && Buffer.from(key.value, 'base64').length === 32);
});

test('a false positive by space stops the rule in that space only; by person, for that author only', async () => {
  const quiet = room('Card testing');
  const a = await postAndAlert(world, 'card 3782 822463 10005 here', alice, quiet);
  await pressOn(world, officer, a, 'false-positive', { scope: 'space', reason: 'the payments team tests here' });
  const other = await exemptedThenControl(alice, quiet, 'card 3714 496353 98431', 'AKIAQWERTYUIOPASDFGH is my key');
  assert.match(other.post.markdown, /Credentials/, 'another rule in that space still alerts');
  const elsewhere = await postAndAlert(world, 'card 3714 496353 98431 there', alice);
  assert.match(elsewhere.post.markdown, /•••• 8431/, 'the rule still alerts in another space');

  const p = await postAndAlert(world, 'card 3530 1113 3330 0000 from carl', bob);
  await pressOn(world, officer, p, 'false-positive', { scope: 'person', reason: 'Bob runs the card test lab' });
  const bobs = room('Bob again', bob);
  const control = await exemptedThenControl(bob, bobs, 'card 3566 0020 2036 0505', 'AKIAZXCVBNMLKJHGFDSA is mine');
  assert.match(control.post.markdown, /Credentials/);
  const alices = await postAndAlert(world, 'card 3566 0020 2036 0505 too', alice, bobs);
  assert.match(alices.post.markdown, /Payment card/, 'another author still alerts');
});

test('unexempt removes an exemption and the finding alerts again; bad inputs are refused and change nothing', async () => {
  const a = await postAndAlert(world, 'card 5555 5555 5555 4444 here');
  assert.match(await pressOn(world, officer, a, 'false-positive', { scope: 'value' }), /needs a reason.*Nothing was changed/);
  assert.match(await pressOn(world, officer, a, 'false-positive', { scope: 'galaxy', reason: 'x' }), /Sorry.*Nothing was changed/);
  assert.match(await world.say(officer, world.alertRoom.id, 'alerts'), new RegExp(`Case ${a.caseId}`), 'still open');
  const answer = await pressOn(world, officer, a, 'false-positive', { scope: 'value', reason: 'Mastercard test number' });
  const id = answer.match(/Exemption `([0-9A-Z]+)`/)?.[1];
  assert.ok(id, answer);
  const r = room('Again');
  await exemptedThenControl(alice, r, '5555555555554444', 'ok 4111 1111 1111 1111');
  assert.match(await world.say(bob, world.alertRoom.id, `unexempt ${id}`), /only compliance officers/);
  assert.match(await world.say(officer, world.alertRoom.id, `unexempt ${id}`), new RegExp(`Exemption \`${id}\`.*removed`));
  assert.doesNotMatch(await world.say(officer, world.alertRoom.id, 'exemptions'), new RegExp(id!));
  assert.match(await world.say(officer, world.alertRoom.id, `unexempt ${id}`), /no exemption/);
  const back = await postAndAlert(world, 'card 5555 5555 5555 4444 again', alice, r);
  assert.match(back.post.markdown, /•••• 4444/);
  assert.match(await world.say(officer, world.alertRoom.id, 'audit 3'), /unexempt.*unexempted/);
});
