import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { withEmulator } from '../../helpers/emulator.js';
import { NOT_OFFICER, OFFICER, actionWorld, cardNumberAlert, press, repliesTo } from './action-world.js';

test("a non-officer's press deletes nothing, is refused in the thread and audited", () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);

    const actionId = await press(emu, world.handler, NOT_OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    assert.equal(emu.calls.filter((c) => c.method === 'DELETE').length, 0);
    assert.ok(!emu.message(alert.messageId)?.deleted);
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 1);
    assert.match(replies[0]!, /only compliance officers/);
    assert.ok(replies[0]!.includes(NOT_OFFICER));
    assert.equal(world.alerts.get(alert.alertId)?.status, 'open');
    const [entry] = world.audit.last(1);
    assert.equal(entry?.outcome, 'refused');
    assert.equal(entry?.actorEmail, NOT_OFFICER);
    assert.equal(entry?.actionId, actionId);
  }));

test('data edited to name another alert acts on nothing: that alert is not the one whose card was pressed', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const pressed = await cardNumberAlert(emu, world);
    const other = await cardNumberAlert(emu, world);

    await press(emu, world.handler, OFFICER, pressed.cardId, { alertId: other.alertId, verb: 'delete-message' });

    assert.equal(emu.calls.filter((c) => c.method === 'DELETE').length, 0);
    assert.ok(!emu.message(other.messageId)?.deleted);
    assert.ok(!emu.message(pressed.messageId)?.deleted);
    assert.equal(world.alerts.get(other.alertId)?.status, 'open');
    assert.equal(world.alerts.get(pressed.alertId)?.status, 'open');
    assert.match(repliesTo(emu, pressed.cardId)[0] ?? '', /does not belong/);
    assert.equal(world.audit.last(1)[0]?.outcome, 'refused');
  }));

test('a message id slipped into the data is ignored: only the stored target is deleted', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const innocent = emu.postMessage(STANDARD_EMAILS.alice, { roomId: alert.roomId, text: 'lunch at noon?' });

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message', messageId: innocent.id, roomId: 'elsewhere' });

    assert.deepEqual(emu.callsTo('DELETE', /^\/messages\//).map((c) => c.path), [`/messages/${alert.messageId}`]);
    assert.ok(!emu.message(innocent.id)?.deleted);
  }));

test('an unknown alert id, or a verb the alert does not offer, is refused and changes nothing', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: 'no-such-alert', verb: 'delete-message' });
    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'remove-member' });
    await press(emu, world.handler, OFFICER, alert.cardId, { verb: 'delete-message' });

    assert.equal(emu.calls.filter((c) => c.method === 'DELETE').length, 0);
    assert.equal(world.alerts.get(alert.alertId)?.status, 'open');
    assert.equal(repliesTo(emu, alert.cardId).length, 3);
    assert.deepEqual(world.audit.last(3).map((e) => e.outcome), ['refused', 'refused', 'refused']);
  }));
