import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS, STANDARD_TOKENS } from '../../../src/emulator/index.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { createWebexClient } from '../../../src/webex/client.js';
import { staticToken } from '../../../src/webex/static-token.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, cardNumberAlert, press, repliesTo } from './action-world.js';

test('a DELETE that timed out while Webex carried it out, sent again and answered 410, is this press\'s deletion, not "already gone"', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const { logger } = captureLogs('debug');
    // A client that gives up on an answer after 100 ms and tries again after at least 500 ms.
    const compliance = createWebexApi(
      createWebexClient({ baseUrl: emu.url, tokens: staticToken(STANDARD_TOKENS.officer), logger, label: 'compliance', timeoutMs: 100, backoffBaseMs: 1_000, maxRetries: 2 }),
    );
    const handler = world.handlerWith({ complianceApi: compliance });
    const alert = await cardNumberAlert(emu, world);
    // Webex is slow on the first DELETE: it deletes the message, but after the client stopped waiting.
    emu.fault({ method: 'DELETE', path: `/messages/${alert.messageId}`, status: 0, delayMs: 300 });

    await press(emu, handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    assert.deepEqual(emu.callsTo('DELETE', `/messages/${alert.messageId}`).map((c) => c.status), [204, 410], 'the first went through late; the retry met 410');
    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'deleted');
    assert.equal(world.audit.last(1)[0]?.outcome, 'deleted');
    const [answer] = repliesTo(emu, alert.cardId);
    assert.match(answer ?? '', /deleted the message/);
    assert.doesNotMatch(answer ?? '', /already/);
  }));

test('a press replayed after a crash that followed its DELETE records the deletion, not "already gone"', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    const { id } = emu.pressCard(OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });
    // The first attempt took the alert and deleted the message with the officer's token, then died.
    assert.ok(world.alerts.claim(alert.alertId, { by: OFFICER, verb: 'delete-message', at: Date.now(), actionId: id }));
    emu.deleteMessage(STANDARD_EMAILS.officer, alert.messageId);

    await world.handler.handle({ data: { id, messageId: alert.cardId } });

    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'deleted');
    assert.deepEqual(world.audit.last(10).map((e) => e.outcome), ['deleted']);
  }));

test('a message its author deleted is still "already gone": the Events API names another actor', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const alert = await cardNumberAlert(emu, world);
    emu.deleteMessage(STANDARD_EMAILS.alice, alert.messageId);

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-message' });

    assert.equal(world.alerts.get(alert.alertId)?.outcome, 'already-gone');
    assert.equal(emu.callsTo('GET', '/events', 'officer').length, 1, 'one look at who deleted it');
  }));
