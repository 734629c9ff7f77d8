import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../../src/emulator/index.js';
import { isTransient } from '../../../src/webex/webex-api-error.js';
import { CLEAR_CARD, alertSpace, cardFinding, cardMessageEvent, cardPosts, harness } from './fixtures.js';
import { waitFor } from '../../helpers/wait-for.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());
beforeEach(() => {
  emu.clearFaults();
  emu.resetCalls();
});

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const clearForms = [CLEAR_CARD, CLEAR_CARD.replace(/ /g, '')];

test('raise posts exactly one card, with a markdown fallback, in each subscribed space', async () => {
  const h = harness(emu);
  const spaceA = alertSpace(emu, 'Compliance A');
  const spaceB = alertSpace(emu, 'Compliance B');
  h.subscriptions.subscribe(spaceA, 'low', 'officer@acme.example');
  h.subscriptions.subscribe(spaceB, 'high', 'officer@acme.example');

  const result = await h.service.raise(cardFinding(), cardMessageEvent(emu));

  assert.equal(result.created, true);
  const posts = cardPosts(emu);
  assert.deepEqual(posts.map((c) => (c.body as { roomId: string }).roomId).sort(), [spaceA, spaceB].sort());
  for (const call of posts) {
    assert.equal(call.status, 200);
    const body = call.body as { markdown?: string; attachments?: Array<{ contentType: string; content: unknown }> };
    assert.ok(body.markdown && body.markdown.length > 0, 'markdown fallback present');
    assert.equal(body.attachments?.length, 1);
    assert.equal(body.attachments[0]!.contentType, CARD_TYPE);
    const bytes = JSON.stringify(call.body);
    for (const clear of clearForms) assert.ok(!bytes.includes(clear), 'the clear card number reached Webex');
    assert.ok(bytes.includes('1111'), 'the masked evidence is shown');
  }
  assert.deepEqual(h.alerts.postsFor(result.alertId).map((p) => p.roomId).sort(), [spaceA, spaceB].sort());
  for (const clear of clearForms) assert.ok(!h.logs().includes(clear), 'the clear card number reached the logs');
});

test('raising the same finding again makes no second alert and posts nothing', async () => {
  const h = harness(emu);
  const space = alertSpace(emu, 'Compliance');
  h.subscriptions.subscribe(space, 'low', 'officer@acme.example');
  const event = cardMessageEvent(emu);

  const first = await h.service.raise(cardFinding(), event);
  const again = await h.service.raise(cardFinding(), { ...event, eventId: 'replayed' });

  assert.equal(again.created, false);
  assert.equal(again.alertId, first.alertId);
  assert.deepEqual(again.postedTo, []);
  assert.equal(cardPosts(emu).length, 1);
  assert.equal(h.alerts.countOpen(), 1);
});

test('a space subscribed above the alert severity gets no card', async () => {
  const h = harness(emu);
  const low = alertSpace(emu, 'Everything');
  const high = alertSpace(emu, 'Only serious');
  h.subscriptions.subscribe(low, 'low', 'officer@acme.example');
  h.subscriptions.subscribe(high, 'high', 'officer@acme.example');

  const result = await h.service.raise(cardFinding('medium'), cardMessageEvent(emu));

  assert.deepEqual(result.postedTo, [low]);
  assert.deepEqual(cardPosts(emu).map((c) => (c.body as { roomId: string }).roomId), [low]);
});

test('unsubscribed spaces, and spaces subscribed after the alert, get nothing', async () => {
  const h = harness(emu);
  const gone = alertSpace(emu, 'Was subscribed');
  const later = alertSpace(emu, 'Subscribed later');
  h.subscriptions.subscribe(gone, 'low', 'officer@acme.example');
  h.subscriptions.unsubscribe(gone);
  const event = cardMessageEvent(emu);

  const first = await h.service.raise(cardFinding(), event);
  h.subscriptions.subscribe(later, 'low', 'officer@acme.example', Date.now() + 1_000);
  const replay = await h.service.raise(cardFinding(), event);

  assert.deepEqual(first.postedTo, []);
  assert.deepEqual(replay.postedTo, []);
  assert.equal(cardPosts(emu).length, 0);
});

test('a transient failure in one of two spaces: the error propagates and the retry posts only the missing card', async () => {
  const h = harness(emu);
  const spaceA = alertSpace(emu, 'First');
  const spaceB = alertSpace(emu, 'Second');
  h.subscriptions.subscribe(spaceA, 'low', 'officer@acme.example', 1);
  h.subscriptions.subscribe(spaceB, 'low', 'officer@acme.example', 2);
  const event = cardMessageEvent(emu);
  emu.fault({ method: 'POST', path: '/messages', status: 503, times: 1 });

  await assert.rejects(h.service.raise(cardFinding(), event), (err) => isTransient(err));
  const delivered = cardPosts(emu).filter((c) => c.status === 200).map((c) => (c.body as { roomId: string }).roomId);
  assert.equal(delivered.length, 1);
  const missing = delivered[0] === spaceA ? spaceB : spaceA;

  emu.resetCalls();
  const retry = await h.service.raise(cardFinding(), { ...event, eventId: 'retried' });

  assert.equal(retry.created, false);
  assert.deepEqual(retry.postedTo, [missing]);
  assert.deepEqual(cardPosts(emu).map((c) => (c.body as { roomId: string }).roomId), [missing]);
  assert.equal(h.alerts.postsFor(retry.alertId).length, 2);
});

test('a space that refuses the card for good does not hold back the others, nor fail the event', async () => {
  const h = harness(emu);
  const left = emu.addRoom({ title: 'Bot removed', creator: 'officer@acme.example' }).id;
  const ok = alertSpace(emu, 'Still here');
  h.subscriptions.subscribe(left, 'low', 'officer@acme.example', 1);
  h.subscriptions.subscribe(ok, 'low', 'officer@acme.example', 2);

  const result = await h.service.raise(cardFinding(), cardMessageEvent(emu));

  assert.deepEqual(result.postedTo, [ok]);
  const refused = cardPosts(emu).filter((c) => (c.body as { roomId: string }).roomId === left);
  assert.equal(refused.length, 1);
  assert.ok(refused[0]!.status >= 400 && refused[0]!.status < 500);
  assert.match(h.logs(), /alert card refused by Webex/);
});

test('the same finding raised twice at once posts one card', async () => {
  const h = harness(emu);
  const space = alertSpace(emu, 'Busy');
  h.subscriptions.subscribe(space, 'low', 'officer@acme.example');
  const event = cardMessageEvent(emu);

  const both = await Promise.all([h.service.raise(cardFinding(), event), h.service.raise(cardFinding(), { ...event, eventId: 'other-source' })]);

  assert.equal(both.filter((r) => r.created).length, 1);
  assert.equal(cardPosts(emu).length, 1);
});

test('a card post whose answer never came is not posted again: the retry finds the card in the space', async () => {
  const h = harness(emu, { findCards: true, timeoutMs: 300 });
  const space = alertSpace(emu, 'Slow alerts');
  h.subscriptions.subscribe(space, 'low', 'officer@acme.example');
  const event = cardMessageEvent(emu);
  // Webex takes the card but answers after the client gave up waiting.
  emu.fault({ method: 'POST', path: '/messages', status: 0, delayMs: 800 });

  await assert.rejects(h.service.raise(cardFinding(), event), (err) => isTransient(err));
  const cardsIn = () => emu.messagesIn(space).filter((m) => (m.attachments ?? []).length > 0);
  await waitFor('the late card to land', () => cardsIn().length === 1);

  const retry = await h.service.raise(cardFinding(), { ...event, eventId: 'retried' });
  assert.equal(retry.created, false);
  assert.deepEqual(retry.postedTo, [space]);
  assert.equal(cardsIn().length, 1, 'still one card in the space');
  assert.equal(cardPosts(emu).length, 1, 'the retry posted nothing');
  assert.deepEqual(h.alerts.postsFor(retry.alertId).map((p) => p.messageId), [cardsIn()[0]!.id]);
  assert.match(h.logs(), /found already posted/);
});

test('a retry that finds no card in the space posts it', async () => {
  const h = harness(emu, { findCards: true });
  const space = alertSpace(emu, 'Retry alerts');
  h.subscriptions.subscribe(space, 'low', 'officer@acme.example');
  const event = cardMessageEvent(emu);
  emu.fault({ method: 'POST', path: '/messages', status: 503, times: 1 });
  await assert.rejects(h.service.raise(cardFinding(), event), (err) => isTransient(err));

  const retry = await h.service.raise(cardFinding(), { ...event, eventId: 'retried' });
  assert.deepEqual(retry.postedTo, [space]);
  assert.equal(emu.messagesIn(space).filter((m) => (m.attachments ?? []).length > 0).length, 1);
  assert.equal(emu.callsTo('GET', '/messages', 'officer').length, 1, 'the space was looked at once, before posting');
});
