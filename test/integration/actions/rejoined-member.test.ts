import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, externalMemberAlert, press, repliesTo } from './action-world.js';

const { alice, eve } = STANDARD_EMAILS;

test('Remove on an old card, after the person left and was added again, removes nothing: that join has ended', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await externalMemberAlert(emu, world);
    emu.removeMember(alice, alert.membershipId);
    await new Promise((r) => setTimeout(r, 5)); // so that the second join's `created` differs
    const again = emu.addMember(alice, alert.roomId, eve);
    assert.equal(again.id, alert.membershipId, 'Webex gives the new join the same membership id');

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'remove-member' });

    assert.equal(emu.callsTo('GET', `/memberships/${alert.membershipId}`, 'officer').length, 1, 'the membership is read first');
    assert.deepEqual(emu.callsTo('DELETE', /^\/memberships\//), [], 'no membership is deleted');
    assert.ok(emu.memberships(alert.roomId).some((m) => m.personEmail === eve), 'Eve\'s newer membership is still there');
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'already-gone');
    assert.equal(world.audit.last(1)[0]?.outcome, 'already-gone');
    assert.match(repliesTo(emu, alert.cardId)[0] ?? '', /had already left the space since this alert/);
  }));

test('Remove on a current join still removes it, after reading it', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await externalMemberAlert(emu, world);

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'remove-member' });

    assert.equal(emu.callsTo('DELETE', `/memberships/${alert.membershipId}`).length, 1);
    assert.ok(!emu.memberships(alert.roomId).some((m) => m.personEmail === eve));
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'removed');
  }));
