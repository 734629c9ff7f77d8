import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../../src/store/open-store.js';
import { createAuditRepo } from '../../../src/store/audit-repo.js';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, cardNumberAlert, press, repliesTo } from './action-world.js';

test('a replay of the same press after a crash right after its claim carries the action out once', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const { id } = emu.pressCard(OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });
    // The first attempt got as far as the claim, then the process died.
    assert.ok(world.alerts.claim(alert.alertId, { by: OFFICER, verb: 'delete-message', at: Date.now(), actionId: id }));

    await world.handler.handle({ data: { id } });

    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1);
    assert.ok(emu.message(alert.messageId)?.deleted);
    const replies = repliesTo(emu, alert.cardId);
    assert.equal(replies.length, 1);
    assert.match(replies[0]!, /deleted the message/);
    assert.doesNotMatch(replies[0]!, /already/);
    assert.deepEqual(world.audit.last(10).map((e) => e.outcome), ['deleted']);
  }));

test('a replay of a press that was carried out neither acts again nor logs it twice, nor answers "already" to itself', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const id = await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    await world.handler.handle({ data: { id } });

    assert.equal(emu.callsTo('DELETE', /^\/messages\//).length, 1);
    assert.equal(world.audit.last(10).length, 1);
    assert.ok(repliesTo(emu, alert.cardId).every((r) => /deleted the message/.test(r) && !/already/.test(r)));
  }));

test('a press after a restart still works on an alert raised before it', () =>
  withEmulator(async (emu) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-actions-'));
    try {
      const before = actionWorld(emu, { dataDir });
      const alert = await cardNumberAlert(emu, before);
      before.store.close();

      const store = openStore(dataDir);
      try {
        await press(emu, before.handlerWith({ store }), OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });
        assert.ok(emu.message(alert.messageId)?.deleted);
        assert.equal(createAuditRepo(store).last(1)[0]?.outcome, 'deleted');
      } finally {
        store.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }));
