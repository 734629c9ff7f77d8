import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withEmulator } from '../../helpers/emulator.js';
import { CLEAR_CARD, OFFICER, OFFICER2, actionWorld, cardNumberAlert, externalMemberAlert, press, repliesTo } from './action-world.js';

test('Delete message: one DELETE of the offending message with the compliance token, and one answer in the thread naming the officer', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);

    const actionId = await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message', reason: `leaked ${CLEAR_CARD}` });

    const deletes = emu.callsTo('DELETE', /^\/messages\//);
    assert.equal(deletes.length, 1);
    assert.equal(deletes[0]!.path, `/messages/${alert.messageId}`);
    assert.equal(deletes[0]!.tokenLabel, 'officer');
    assert.ok(emu.message(alert.messageId)?.deleted, 'the message is gone');
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 1);
    assert.match(replies[0]!, /deleted the message/);
    assert.ok(replies[0]!.includes(OFFICER), 'the answer names the officer');
    assert.equal(world.alerts.get(alert.alertId)?.status, 'handled');
    const [entry] = world.audit.last(1);
    assert.equal(entry?.outcome, 'deleted');
    assert.equal(entry?.actionId, actionId);
    assert.equal(entry?.actorEmail, OFFICER);
    assert.deepEqual(entry?.target, { kind: 'message', messageId: alert.messageId, roomId: alert.roomId });
    assert.ok(!entry?.detail?.includes('1111 1111'), 'the reason is kept masked');
    assert.ok(!world.logs().includes(CLEAR_CARD));
  }));

test('Remove makes exactly one DELETE of that membership; the person is out of the space', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await externalMemberAlert(emu, world);

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'remove-member' });

    const deletes = emu.callsTo('DELETE', /^\/memberships\//);
    assert.deepEqual(deletes.map((c) => [c.path, c.tokenLabel]), [[`/memberships/${alert.membershipId}`, 'officer']]);
    assert.ok(!emu.memberships(alert.roomId).some((m) => m.id === alert.membershipId));
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 1);
    assert.match(replies[0]!, /removed eve@partner\.example from the space/);
    assert.equal(world.audit.last(1)[0]?.outcome, 'removed');
  }));

test('Dismiss makes no Webex change and answers in the thread', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);

    await press(emu, world.handler, OFFICER2, alert.cardId, { alertId: alert.alertId, verb: 'dismiss' });

    assert.equal(emu.calls.filter((c) => c.method === 'DELETE').length, 0);
    assert.ok(!emu.message(alert.messageId)?.deleted);
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 1);
    assert.match(replies[0]!, /dismissed/);
    assert.ok(replies[0]!.includes(OFFICER2));
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'dismissed');
    assert.equal(world.audit.last(1)[0]?.outcome, 'dismissed');
  }));

test('a later press on a handled alert runs nothing and is told who did what and when', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    await press(emu, world.handler, OFFICER2, alert.cardId, { alertId: alert.alertId, verb: 'dismiss' });

    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1);
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 2);
    assert.match(replies[1]!, /already deleted by \*\*officer@acme\.example\*\* at .*UTC/);
    assert.ok(replies[1]!.includes(OFFICER2), 'the answer names the officer who pressed second');
    assert.deepEqual(world.audit.last(2).map((e) => e.outcome), ['already-handled', 'deleted']);
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'deleted', 'the later press changed nothing');
  }));
