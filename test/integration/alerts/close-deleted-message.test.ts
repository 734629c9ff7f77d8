import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS, STANDARD_TOKENS, startEmulator, type Emulator } from '../../../src/emulator/index.js';
import { closeDeletedMessage } from '../../../src/alerts/close-deleted-message.js';
import type { MessageDeletion } from '../../../src/alerts/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { emulatedApi } from '../../helpers/emulated-api.js';
import { alertSpace, cardFinding, cardMessageEvent, cardPosts, harness } from './fixtures.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());
beforeEach(() => {
  emu.clearFaults();
  emu.resetCalls();
});

const api = (token: string) => emulatedApi(emu, token, captureLogs().logger, { maxRetries: 1 });

/** A card-number alert posted in two subscribed spaces; its message deleted by `byEmail`. */
async function alertedThenDeleted(byEmail: string) {
  const h = harness(emu);
  for (const title of ['Compliance A', 'Compliance B']) h.subscriptions.subscribe(alertSpace(emu, title), 'low', STANDARD_EMAILS.officer);
  const event = cardMessageEvent(emu);
  const messageId = event.subject.kind === 'message' ? event.subject.messageId : '';
  // The correlator's key for a message (src/correlator/enrich-message.ts).
  const { alertId } = await h.service.raise(cardFinding(), { ...event, subject: { ...event.subject, key: `message:${messageId}` } });
  const alice = emu.person(STANDARD_EMAILS.alice);
  const deletion: MessageDeletion = { messageId, actorId: emu.person(byEmail).id, authorId: alice.id, authorEmail: STANDARD_EMAILS.alice, at: new Date().toISOString() };
  const deps = { alerts: h.alerts, botApi: api(STANDARD_TOKENS.bot), complianceApi: api(STANDARD_TOKENS.officer), logger: captureLogs().logger };
  return { h, alertId, deletion, deps };
}

const notes = (since: number) => cardPosts(emu).filter((c) => c.seq > since && (c.body as { parentId?: string }).parentId);

test('each card of the closed alert gets one note, and the alert reads as deleted by its author', async () => {
  const { h, alertId, deletion, deps } = await alertedThenDeleted(STANDARD_EMAILS.alice);
  const since = emu.calls.at(-1)!.seq;
  assert.equal(await closeDeletedMessage(deps, deletion), 1);
  const cardIds = h.alerts.postsFor(alertId).map((p) => p.messageId).sort();
  assert.deepEqual(notes(since).map((c) => (c.body as { parentId: string }).parentId).sort(), cardIds);
  assert.equal(h.alerts.get(alertId)?.status, 'handled');
  assert.deepEqual({ ...h.alerts.claimOf(alertId), at: 0, actionId: '' }, { by: 'alice@acme.example (its author)', verb: 'deleted-in-webex', outcome: 'deleted', at: 0, actionId: '' });
  assert.equal(emu.callsTo('GET', `/people/${deletion.actorId}`, 'officer').length, 1, 'the deleter was named by the compliance API');

  const replay = emu.calls.at(-1)!.seq;
  assert.equal(await closeDeletedMessage(deps, deletion), 0, 'a replayed deletion closes nothing');
  assert.equal(emu.calls.filter((c) => c.seq > replay).length, 0, 'and calls nothing');
});

test('a deleted message without an open alert costs no API call', async () => {
  const { h, alertId, deletion, deps } = await alertedThenDeleted(STANDARD_EMAILS.officer);
  h.alerts.claim(alertId, { by: STANDARD_EMAILS.officer, verb: 'delete-message', at: 1, actionId: 'press-1' });
  const since = emu.calls.at(-1)!.seq;
  assert.equal(await closeDeletedMessage(deps, deletion), 0);
  assert.equal(await closeDeletedMessage(deps, { ...deletion, messageId: 'never-alerted' }), 0);
  assert.equal(emu.calls.filter((c) => c.seq > since).length, 0);
  assert.equal(h.alerts.claimOf(alertId)?.by, STANDARD_EMAILS.officer, 'the press keeps the alert');
});

test('a deleter Webex cannot name right now leaves the alert open for the retry', async () => {
  const { h, alertId, deletion, deps } = await alertedThenDeleted(STANDARD_EMAILS.bob);
  emu.fault({ method: 'GET', path: `/people/${deletion.actorId}`, status: 503, times: 5 });
  await assert.rejects(closeDeletedMessage(deps, deletion));
  assert.equal(h.alerts.get(alertId)?.status, 'open');
  emu.clearFaults();
  assert.equal(await closeDeletedMessage(deps, deletion), 1);
  assert.equal(h.alerts.claimOf(alertId)?.by, STANDARD_EMAILS.bob);
});

test('a deletion handled while the card is being posted waits for it, and its note goes under that card', async () => {
  const h = harness(emu);
  h.subscriptions.subscribe(alertSpace(emu, 'Compliance slow'), 'low', STANDARD_EMAILS.officer);
  const event = cardMessageEvent(emu);
  const messageId = event.subject.kind === 'message' ? event.subject.messageId : '';
  const since = emu.calls.at(-1)?.seq ?? 0;
  emu.fault({ method: 'POST', path: '/messages', status: 0, delayMs: 300 });
  const raising = h.service.raise(cardFinding(), { ...event, subject: { ...event.subject, key: `message:${messageId}` } });
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(h.alerts.openFor(`message:${messageId}`).length, 1, 'stored, its card on the way');

  const alice = emu.person(STANDARD_EMAILS.alice);
  const deletion: MessageDeletion = { messageId, actorId: alice.id, authorId: alice.id, authorEmail: STANDARD_EMAILS.alice, at: new Date().toISOString() };
  const deps = { alerts: h.alerts, botApi: api(STANDARD_TOKENS.bot), complianceApi: api(STANDARD_TOKENS.officer), logger: captureLogs().logger };
  const [{ alertId }, closed] = await Promise.all([raising, h.service.exclusive(`message:${messageId}`, () => closeDeletedMessage(deps, deletion))]);

  assert.equal(closed, 1);
  const cardIds = h.alerts.postsFor(alertId).map((p) => p.messageId);
  assert.equal(cardIds.length, 1);
  assert.deepEqual(notes(since).map((c) => (c.body as { parentId: string }).parentId), cardIds);
});
