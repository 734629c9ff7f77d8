import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, OFFICER2, actionWorld, cardNumberAlert, repliesTo } from './action-world.js';

test('two officers pressing at once: one DELETE, and the other is told it was already done and by whom', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const data = { alertId: alert.alertId, verb: 'delete-message' };
    const first = emu.pressCard(OFFICER, alert.cardId, data).id;
    const second = emu.pressCard(OFFICER2, alert.cardId, data).id;

    await Promise.all([world.handler.handle({ data: { id: first } }), world.handler.handle({ data: { id: second } })]);

    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1);
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 2);
    const done = replies.filter((r) => /deleted the message/.test(r));
    const told = replies.filter((r) => /already (being handled|deleted) by/.test(r));
    assert.equal(done.length, 1);
    assert.equal(told.length, 1);
    const winner = world.alerts.get(alert.alertId)?.handledBy;
    assert.ok(winner === OFFICER || winner === OFFICER2);
    assert.ok(told[0]!.includes(`by **${winner}**`), 'the loser is told who won');
    assert.deepEqual(world.audit.last(2).map((e) => e.outcome).sort(), ['already-handled', 'deleted']);
  }));

test('the same officer pressing twice at once: one DELETE, one "already"', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const data = { alertId: alert.alertId, verb: 'delete-message' };
    const ids = [emu.pressCard(OFFICER, alert.cardId, data).id, emu.pressCard(OFFICER, alert.cardId, data).id];

    await Promise.all(ids.map((id) => world.handler.handle({ data: { id } })));

    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1);
    assert.equal(repliesTo(emu, alert.cardId).filter((r) => /already/.test(r)).length, 1);
  }));
