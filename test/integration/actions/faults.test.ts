import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { isRetryable } from '../../../src/inbox/is-retryable.js';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, cardNumberAlert, externalMemberAlert, press, repliesTo } from './action-world.js';

test('a 410 from Webex closes the alert as already gone, with no error', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    emu.fault({ method: 'DELETE', path: `/messages/${alert.messageId}`, status: 410 });

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1, 'a 410 is not retried');
    const stored = world.alerts.get(alert.alertId);
    assert.equal(stored?.status, 'handled');
    assert.equal(stored?.outcome, 'already-gone');
    assert.match(repliesTo(emu, alert.cardId)[0] ?? '', /already deleted; the alert is closed/);
    assert.equal(world.audit.last(1)[0]?.outcome, 'already-gone');
  }));

test('a message its author deleted first is already gone (Webex answers the officer 410)', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    emu.deleteMessage(STANDARD_EMAILS.alice, alert.messageId);

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    assert.equal(emu.callsTo('DELETE', /^\/messages\//)[0]?.status, 410);
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'already-gone');
  }));

test('a person who already left is already gone (404 on the membership)', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await externalMemberAlert(emu, world);
    emu.removeMember(STANDARD_EMAILS.alice, alert.membershipId);

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'remove-member' });

    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'already-gone');
    assert.match(repliesTo(emu, alert.cardId)[0] ?? '', /had already left/);
  }));

test('a 503 storm fails the action: the alert is open again, the answer says it failed and why, and a later press works', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    emu.fault({ method: 'DELETE', path: /^\/messages\//, status: 503, times: 50 });

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    assert.ok(!emu.message(alert.messageId)?.deleted);
    assert.equal(world.alerts.get(alert.alertId)?.status, 'open');
    const [failed] = repliesTo(emu, alert.cardId);
    assert.match(failed ?? '', /did not work: Webex answered 503/);
    assert.ok(failed?.includes(OFFICER));
    const [entry] = world.audit.last(1);
    assert.equal(entry?.outcome, 'failed');
    assert.match(entry?.detail ?? '', /503/);

    emu.clearFaults();
    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });
    assert.ok(emu.message(alert.messageId)?.deleted);
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'deleted');
  }));

test('a transient failure before the claim propagates, so the inbox retries the press; nothing is claimed or recorded', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const { id } = emu.pressCard(OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });
    emu.fault({ method: 'GET', path: /^\/attachment\/actions\//, status: 503, times: 50 });

    const failure = await world.handler.handle({ data: { id } }).then(() => undefined, (err: unknown) => err);

    assert.ok(failure !== undefined && isRetryable(failure), 'the error is one the inbox retries');
    assert.equal(world.alerts.get(alert.alertId)?.status, 'open');
    assert.equal(world.audit.last(10).length, 0);
    emu.clearFaults();
    await world.handler.handle({ data: { id } });
    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1);
  }));
