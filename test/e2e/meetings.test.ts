import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { actionTitles, alertIdOf, cardMessageId, mark, settle, subscribedWorld, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob } = STANDARD_EMAILS;
const CARD = '4111 1111 1111 1111';
let world: World;

before(async () => {
  world = await subscribedWorld();
});
after(() => world.close());

const factsOf = (card: Record<string, unknown>): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'FactSet') for (const f of o.facts as Array<{ title: string; value: string }>) out[f.title] = f.value;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
};

test('a card number in a meeting chat alerts with the meeting and its host; Delete meeting message deletes it once with the compliance token', async () => {
  const since = mark(world.emu);
  const meeting = world.emu.addMeeting({ title: 'Supplier sync', hostEmail: bob });
  const chat = world.emu.postMeetingMessage(alice, meeting.id, `use ${CARD} for the deposit, exp 12/27`);

  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const card = JSON.stringify(post!.card);
  assert.doesNotMatch(card, /4111 1111 1111 1111|4111111111111111/, 'the number is masked');
  assert.match(card, /•••• 1111/);
  const facts = factsOf(post!.card);
  assert.equal(facts.Meeting, 'Supplier sync');
  assert.match(facts.Host ?? '', /bob@acme\.example/);
  assert.match(facts.Author ?? '', /alice@acme\.example/);
  assert.deepEqual(actionTitles(post!.card), [
    'Delete meeting message…', 'Delete meeting message… > Delete meeting message', 'Assign to me', 'Snooze', 'Snooze > Snooze', 'False positive', 'False positive > False positive', 'Dismiss',
  ]);
  assert.equal(world.emu.callsTo('GET', `/meetings/${meeting.id}`, 'officer').length, 1, 'the meeting is read once, for the card');

  const cardId = cardMessageId(world, post!);
  const alertId = alertIdOf(post!.card);
  world.emu.pressCard(officer, cardId, { alertId, verb: 'delete-meeting-message' });
  const answer = await waitFor('the answer', () => world.replies(cardId).find((t) => /deleted the meeting chat message/.test(t)));
  assert.match(answer, /officer@acme\.example/);
  world.emu.pressCard(officer, cardId, { alertId, verb: 'delete-meeting-message' });
  await waitFor('the second answer', () => world.replies(cardId).find((t) => /nothing was done/.test(t)));
  const deletes = world.emu.callsTo('DELETE', /^\/meeting\/messages\//);
  assert.deepEqual(deletes.map((c) => [c.path, c.tokenLabel, c.status]), [[`/meeting/messages/${chat.id}`, 'officer', 204]]);
  assert.ok(world.emu.meetingMessage(chat.id)?.deleted);
});

test('a Luhn-invalid number in a meeting chat raises nothing and costs no lookup', async () => {
  const since = mark(world.emu);
  const meeting = world.emu.addMeeting({ title: 'Order review', hostEmail: bob });
  world.emu.postMeetingMessage(alice, meeting.id, 'order 4111 1111 1111 1112 ships Friday');
  world.emu.postMeetingMessage(bob, meeting.id, 'thanks, sounds good');
  await waitFor('the chat to be polled', () => world.emu.callsTo('GET', '/events').some((c) => c.seq > since && c.query.resource === 'meetingMessages'));
  await settle();
  assert.equal(world.cards(world.alertRoom.id, since).length, 0);
  assert.equal(world.emu.callsTo('GET', /^\/meetings\//).filter((c) => c.seq > since).length, 0, 'no meeting lookup for innocent chat');
});

test('a key read aloud into a transcript alerts with the speaker and time; Delete transcript deletes it with the reason', async () => {
  const since = mark(world.emu);
  const meeting = world.emu.addMeeting({ title: 'Release planning', hostEmail: bob });
  const transcript = world.emu.addTranscript(meeting.id, [
    { speaker: 'Bob Example', offsetSeconds: 5, text: 'Welcome, let us start.' },
    { speaker: 'Alice Example', offsetSeconds: 872, text: 'The deploy key is AKIAIOSFODNN7EXAMPLE, paste it into the pipeline.' },
  ]);

  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  const card = JSON.stringify(post!.card);
  assert.doesNotMatch(card, /AKIAIOSFODNN7EXAMPLE/);
  assert.match(card, /Alice Example at 00:14:32/);
  assert.equal(factsOf(post!.card).Meeting, 'Release planning');
  assert.deepEqual(actionTitles(post!.card).slice(0, 2), ['Delete transcript…', 'Delete transcript… > Delete transcript']);
  assert.equal(actionTitles(post!.card).at(-1), 'Dismiss');
  const downloads = world.emu.callsTo('GET', `/meetingTranscripts/${transcript.id}/download`, 'officer');
  assert.equal(downloads.length, 1);
  assert.equal(downloads[0]!.query.format, 'txt');

  const cardId = cardMessageId(world, post!);
  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post!.card), verb: 'delete-transcript', reason: 'credential spoken in a recorded meeting' });
  await waitFor('the answer', () => world.replies(cardId).find((t) => /deleted the transcript/.test(t)));
  const deletes = world.emu.callsTo('DELETE', /^\/meetingTranscripts\//);
  assert.deepEqual(deletes.map((c) => [c.path, c.tokenLabel, c.status]), [[`/meetingTranscripts/${transcript.id}`, 'officer', 204]]);
  assert.equal((deletes[0]!.body as { reason?: string }).reason, 'credential spoken in a recorded meeting');
  assert.equal(world.emu.transcript(transcript.id)?.deletion?.reason, 'credential spoken in a recorded meeting');
});

test('a transcript of innocent talk raises nothing', async () => {
  const since = mark(world.emu);
  const meeting = world.emu.addMeeting({ title: 'Coffee chat', hostEmail: alice });
  world.emu.addTranscript(meeting.id, [{ speaker: 'Alice Example', offsetSeconds: 1, text: 'Call me at +44 20 7946 0958 after 12/27.' }]);
  await waitFor('the download', () => world.emu.callsTo('GET', /^\/meetingTranscripts\/.+\/download$/).some((c) => c.seq > since));
  await settle();
  assert.equal(world.cards(world.alertRoom.id, since).length, 0);
});
