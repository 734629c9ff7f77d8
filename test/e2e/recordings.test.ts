import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { actionTitles, alertIdOf, cardMessageId, mark, settle, subscribedWorld, type CardPost, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob, eve } = STANDARD_EMAILS;
let world: World;

before(async () => {
  world = await subscribedWorld({ RECORDINGS_POLL_SECONDS: '1', RECORDINGS_HOST_EMAIL: 'all' });
});
after(() => world.close());

const cardsAbout = (topic: string, since: number): CardPost[] => world.cards(world.alertRoom.id, since).filter((c) => c.markdown.includes(topic));

/** Resolves once the poller has read who accessed the recording after `since`: its counts moved and were seen. */
const detailRead = (recordingId: string, since: number) =>
  waitFor('the access detail to be read', () =>
    world.emu.callsTo('GET', '/recordingReport/accessDetail', 'officer').some((c) => c.seq > since && c.query.recordingId === recordingId),
  );

test('a recording downloaded by someone of another org alerts once; more downloads update it; Delete recording deletes it once', async () => {
  const since = mark(world.emu);
  const rec = world.emu.addRecording({ topic: 'Q3 board review', hostEmail: alice });
  world.emu.recordAccess(rec.id, { email: eve, name: 'Eve Outsider', viewed: true, downloaded: true });

  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.match(post!.markdown, /Q3 board review/);
  assert.match(post!.markdown, new RegExp(alice.replace('.', '\\.')));
  assert.match(JSON.stringify(post!.card), /eve@partner\.example/);
  assert.match(JSON.stringify(post!.card), /downloaded · external/);
  assert.deepEqual(actionTitles(post!.card), [
    'Delete recording…',
    'Delete recording… > Delete recording',
    ...['Assign to me', 'Snooze', 'Snooze > Snooze', 'False positive', 'False positive > False positive', 'Dismiss'],
  ]);
  const summaries = world.emu.callsTo('GET', '/recordingReport/accessSummary', 'officer');
  assert.ok(summaries.every((c) => Number(c.query.max) <= 100 && Date.parse(c.query.to!) - Date.parse(c.query.from!) <= 90 * 86_400_000));
  const cardId = cardMessageId(world, post!);

  const more = mark(world.emu);
  world.emu.recordAccess(rec.id, { email: 'mallory@partner.example', name: 'Mallory', viewed: false, downloaded: true });
  world.emu.recordAccess(rec.id, { email: eve, viewed: false, downloaded: true });
  const [note] = await waitFor('a note under the card', () => (world.replies(cardId).length > 0 ? world.replies(cardId) : undefined));
  assert.match(note!, /mallory@partner\.example/);
  await settle();
  assert.equal(cardsAbout('Q3 board review', since).length, 1, 'no second card');
  assert.equal(world.replies(cardId).length, 1, 'one note for one change');
  assert.ok(world.emu.callsTo('GET', '/recordingReport/accessDetail').some((c) => c.seq > more));
  assert.match(await world.say(officer, world.alertRoom.id, 'alerts'), /Q3 board review/);

  world.emu.pressCard(officer, cardId, { alertId: alertIdOf(post!.card), verb: 'delete-recording', reason: 'shared outside' });
  const answer = await waitFor('the answer to the press', () => world.replies(cardId).find((t) => /deleted the recording/.test(t)));
  assert.match(answer, new RegExp(officer.replace('.', '\\.')));
  const deletes = world.emu.callsTo('DELETE', /^\/(admin\/)?recordings\//);
  assert.deepEqual(deletes.map((c) => [c.path, c.tokenLabel]), [[`/recordings/${rec.id}`, 'officer']]);
  assert.equal((deletes[0]!.body as { reason?: string }).reason, 'shared outside');
  assert.equal(world.emu.recording(rec.id)?.status, 'deleted');
});

test('downloads above the threshold alert even when every downloader is inside the org', async () => {
  const since = mark(world.emu);
  const rec = world.emu.addRecording({ topic: 'All-hands town hall', hostEmail: bob });
  // The default policy allows 10 downloads.
  for (let i = 0; i < 10; i++) world.emu.recordAccess(rec.id, { email: i % 2 ? alice : bob, viewed: false, downloaded: true });
  await detailRead(rec.id, since);
  await settle();
  assert.equal(cardsAbout('All-hands town hall', since).length, 0, 'ten downloads are within the threshold');

  world.emu.recordAccess(rec.id, { email: officer, viewed: true, downloaded: true });
  const [post] = await waitFor('the threshold card', () => {
    const found = cardsAbout('All-hands town hall', since);
    return found.length > 0 ? found : undefined;
  });
  assert.match(post!.markdown, /11 times/);
  assert.doesNotMatch(JSON.stringify(post!.card), /· external/, 'nobody outside the org is named');
});

test('a recording viewed only by people of the org does not alert', async () => {
  const since = mark(world.emu);
  const rec = world.emu.addRecording({ topic: 'Sprint demo', hostEmail: alice });
  world.emu.recordAccess(rec.id, { email: bob, viewed: true });
  world.emu.recordAccess(rec.id, { email: officer, viewed: true, downloaded: true });
  await detailRead(rec.id, since);
  await settle();
  assert.equal(cardsAbout('Sprint demo', since).length, 0);
});

test('status names whose recordings the access report covers (RECORDINGS_HOST_EMAIL=all: every host)', async () => {
  const answer = await world.say(officer, world.alertRoom.id, 'status');
  assert.match(answer, /Recording access report: every host of the site \(`RECORDINGS_HOST_EMAIL=all`\)/);
});
