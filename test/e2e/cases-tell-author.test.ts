import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, type World } from '../helpers/warden-world.js';
import { caseWorld, directMessages, postAndAlert, pressOn } from '../helpers/case-world.js';

const { officer, alice, bob, eve } = STANDARD_EMAILS;
const CLEAR = '4111 1111 1111 1111';

describe('Tell the author (policy default on)', () => {
  let world: World;
  before(async () => {
    world = await caseWorld();
  });
  after(() => world.close());

  const auditLine = async () => (await world.say(officer, world.alertRoom.id, 'audit 1')).split('\n')[1] ?? '';

  test('after a delete, the author gets a 1:1 message naming the space, time, rule, masked excerpt and reason; never the value', async () => {
    const since = mark(world.emu);
    const a = await postAndAlert(world, `hi, charge ${CLEAR} exp 12/27 cvv 123`);
    const answer = await pressOn(world, officer, a, 'delete-message', { note: `PCI: never paste ${CLEAR}` });
    assert.equal(world.emu.callsTo('DELETE', `/messages/${a.messageId}`).length, 1);
    assert.match(answer, /deleted the message.*author was told/);
    const dms = directMessages(world, since);
    assert.equal(dms.length, 1);
    const { body, status } = dms[0]!;
    assert.equal(status, 200);
    assert.equal(body.toPersonId, world.emu.person(alice).id);
    const text = body.markdown ?? '';
    for (const expected of ['Payments', 'Payment card number', '•••• 1111', 'UTC', 'Reason: PCI: never paste']) assert.ok(text.includes(expected), `${expected} in ${text}`);
    assert.doesNotMatch(text, /4111[ -]?1111[ -]?1111[ -]?1111/, 'never the value, not even from the reason');
    assert.match(await auditLine(), /deleted.*author told/);
  });

  test('not told when the toggle is off, nor on Dismiss, nor when the delete failed', async () => {
    const since = mark(world.emu);
    const off = await postAndAlert(world, `card ${CLEAR}`);
    assert.doesNotMatch(await pressOn(world, officer, off, 'delete-message', { notifyAuthor: 'false' }), /told/);
    assert.match(await auditLine(), /author not told \(toggle off\)/);
    const dismissed = await postAndAlert(world, `card ${CLEAR}`);
    await pressOn(world, officer, dismissed, 'dismiss', { notifyAuthor: 'true' });
    const failing = await postAndAlert(world, `card ${CLEAR}`);
    world.emu.fault({ method: 'DELETE', path: `/messages/${failing.messageId}`, status: 403 });
    assert.match(await pressOn(world, officer, failing, 'delete-message', { notifyAuthor: 'true' }), /did not work/);
    assert.equal(directMessages(world, since).length, 0);
  });

  test('an author of another org is not told, and the audit says so', async () => {
    const since = mark(world.emu);
    const room = world.emu.addRoom({ title: 'Supplier deals', creator: alice, members: [bob, eve] }).id;
    const a = await postAndAlert(world, `my card ${CLEAR}`, eve, room);
    const answer = await pressOn(world, officer, a, 'delete-message', { notifyAuthor: 'true' });
    assert.match(answer, /deleted the message.*of another organisation, was not told/);
    assert.equal(directMessages(world, since).length, 0);
    assert.match(await auditLine(), /deleted.*author not told: of another organisation/);
  });

  test('a Webex refusal to deliver is recorded, and the delete stays done', async () => {
    const a = await postAndAlert(world, `card ${CLEAR}`);
    const since = mark(world.emu);
    // The next bot post after the delete is the 1:1 message (the thread answer comes after it).
    world.emu.fault({ method: 'POST', path: '/messages', status: 403 });
    const answer = await pressOn(world, officer, a, 'delete-message');
    assert.equal(world.emu.callsTo('DELETE', `/messages/${a.messageId}`).length, 1);
    assert.ok(world.emu.message(a.messageId)?.deleted);
    assert.match(answer, /deleted the message.*could not be told: Webex refused/);
    assert.equal(directMessages(world, since)[0]?.status, 403);
    assert.match(await auditLine(), /\*\*deleted\*\*.*author not told: Webex refused the message \(403\)/);
  });
});
