import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, cardNumberAlert, externalMemberAlert, press, repliesTo } from './action-world.js';

test('DRY_RUN: the press is claimed, recorded and answered, but no DELETE reaches Webex', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu, { dryRun: true });
    const message = await cardNumberAlert(emu, world);
    const member = await externalMemberAlert(emu, world);

    await press(emu, world.handler, OFFICER, message.cardId, { alertId: message.alertId, verb: 'delete-message' });
    await press(emu, world.handler, OFFICER, member.cardId, { alertId: member.alertId, verb: 'remove-member' });

    assert.equal(emu.calls.filter((c) => c.method === 'DELETE').length, 0);
    assert.ok(!emu.message(message.messageId)?.deleted);
    assert.ok(emu.memberships(member.roomId).some((m) => m.id === member.membershipId));
    assert.match(repliesTo(emu, message.cardId)[0] ?? '', /^Dry run: would have deleted the message, as \*\*officer@acme\.example\*\* asked/);
    assert.match(repliesTo(emu, member.cardId)[0] ?? '', /^Dry run: would have removed/);
    assert.equal(world.alerts.get(message.alertId)?.outcome, 'dry-run');
    const entries = world.audit.last(2);
    assert.deepEqual(entries.map((e) => [e.outcome, e.dryRun]), [['dry-run', true], ['dry-run', true]]);
  }));
