import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { cardOf, messageFrom, openSandbox, openSpace, postAs, type SandboxPage } from './sandbox-browser.js';

// The Meetings area of the console (SPEC §10 in the sandbox of §6): a person writes in a meeting's
// chat or adds its transcript; Warden reads them from the Events API, alerts, and an officer
// deletes them from the card. Found by role and accessible name; the effects checked on the
// emulated Webex too.

const CARD_NUMBER = '4111 1111 1111 1111';
const KEY = 'AKIAIOSFODNN7EXAMPLE';
let s: SandboxPage;

before(async () => {
  s = await openSandbox();
});
after(async () => {
  await s?.close();
});

const world = () => s.sandbox.runtime.world();
const meetings = (page: Page) => page.getByRole('region', { name: 'Meetings' });

async function openMeeting(page: Page, topic: string): Promise<void> {
  await page.getByLabel('Meeting', { exact: true }).selectOption({ label: topic });
  await meetings(page).getByRole('heading', { level: 2, name: topic, exact: true }).waitFor();
}

/** Presses the card's confirmation, gives the reason, presses the remedy, waits for Warden's answer in the thread. */
async function remedy(page: Page, topic: string, title: string, reason: string): Promise<void> {
  const alert = messageFrom(page, 'Warden', topic);
  const card = cardOf(alert);
  await card.getByRole('button', { name: `${title}…`, exact: true }).waitFor({ timeout: 30_000 });
  await card.getByRole('button', { name: `${title}…`, exact: true }).click();
  await card.getByLabel('Reason (optional)').fill(reason);
  await card.getByRole('button', { name: title, exact: true }).click();
  const answer = alert.getByRole('list', { name: 'Replies' }).getByRole('listitem', { name: 'Reply from Warden' }).filter({ hasText: 'deleted' });
  await answer.first().waitFor({ timeout: 20_000 });
  assert.match(await answer.first().innerText(), /olga@acme\.example/);
}

test('a card number in a meeting chat alerts with the topic; Delete meeting message deletes it; the chat shows it deleted', async () => {
  const { page } = s;
  await postAs(page, 'Alice Archer');
  await openMeeting(page, 'Supplier sync');
  const area = meetings(page);
  await area.getByText('Host: Bob Baker').waitFor();
  // The demo's own line of chat is there before anyone writes.
  await area.getByRole('list', { name: 'Meeting chat' }).getByRole('listitem', { name: 'Chat message from Bob Baker' }).getByText(/Agenda/).waitFor();
  // Someone else writes in the meeting (not through this page): the page shows it by itself.
  await world().control.postMeetingMessage('carol@acme.example', world().demo.meetings.supplier, 'joining in a minute');
  await area.getByRole('list', { name: 'Meeting chat' }).getByRole('listitem', { name: 'Chat message from Carol Chen' }).getByText('joining in a minute').waitFor();
  await area.getByRole('textbox', { name: 'Meeting chat message', exact: true }).fill(`for the deposit use ${CARD_NUMBER}, exp 12/27`);
  await area.getByRole('button', { name: 'Send to meeting', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Sent to the meeting chat' }).waitFor();
  const mine = area.getByRole('list', { name: 'Meeting chat' }).getByRole('listitem', { name: 'Chat message from Alice Archer', exact: true });
  await mine.getByText(CARD_NUMBER, { exact: false }).waitFor();
  const chat = [...(await world().control.meetings()).find((m) => m.title === 'Supplier sync')!.messages].pop()!;
  assert.equal(chat.personEmail, 'alice@acme.example');

  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const card = cardOf(messageFrom(page, 'Warden', 'Supplier sync'));
  await card.getByRole('button', { name: 'Delete meeting message…', exact: true }).waitFor({ timeout: 30_000 });
  const shown = await card.innerText();
  assert.match(shown, /Payment card number/);
  assert.match(shown, /Supplier sync/);
  assert.match(shown, /•••• 1111/);
  assert.ok(!shown.includes(CARD_NUMBER) && !shown.includes(CARD_NUMBER.replace(/ /g, '')), `the card shows the number unmasked: ${shown}`);

  await remedy(page, 'Supplier sync', 'Delete meeting message', 'card number in a meeting chat');
  assert.ok(world().emu.meetingMessage(chat.id)?.deleted, 'the chat message is deleted in the emulated Webex');
  assert.deepEqual(world().emu.callsTo('DELETE', /^\/meeting\/messages\//).map((c) => [c.path, c.tokenLabel, c.status]), [[`/meeting/messages/${chat.id}`, 'compliance officer', 204]]);
  const inspector = page.getByRole('list', { name: 'Inspector entries' });
  await inspector.getByRole('listitem').filter({ hasText: 'DELETE' }).filter({ hasText: `/meeting/messages/${chat.id}` }).first().waitFor();

  await openMeeting(page, 'Supplier sync');
  const deleted = area.getByRole('list', { name: 'Meeting chat' }).getByRole('listitem', { name: 'Deleted chat message from Alice Archer' });
  await deleted.getByText('This message was deleted').waitFor();
  assert.equal(await area.getByRole('list', { name: 'Meeting chat' }).getByText(CARD_NUMBER).count(), 0);
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Compliance Alerts' }).count(), 0, 'the meeting takes the place of the space');
});

test('a key read aloud in a transcript alerts with the speaker and time; Delete transcript with a reason; the list shows it deleted', async () => {
  const { page } = s;
  await postAs(page, 'Bob Baker');
  await openMeeting(page, 'Engineering stand-up');
  const area = meetings(page);
  const box = area.getByRole('textbox', { name: 'Transcript text', exact: true });
  // Prefilled with the layout of the txt download, the host speaking first.
  assert.match(await box.inputValue(), /^Carol Chen 00:00:05\n/);
  await box.fill(`Carol Chen 00:00:05\nMorning all, quick round.\n\nBob Baker 00:03:10\nThe staging key is ${KEY}, use it for now.\n`);
  await area.getByRole('button', { name: 'Add transcript', exact: true }).click();
  const listed = area.getByRole('list', { name: 'Transcripts' }).getByRole('listitem', { name: 'Engineering stand-up transcript 1', exact: true });
  await listed.getByText('available', { exact: true }).waitFor();
  assert.match(await listed.innerText(), /2 passages/);
  const transcript = (await world().control.meetings()).find((m) => m.title === 'Engineering stand-up')!.transcripts[0]!;

  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const card = cardOf(messageFrom(page, 'Warden', 'Engineering stand-up'));
  await card.getByRole('button', { name: 'Delete transcript…', exact: true }).waitFor({ timeout: 30_000 });
  const shown = await card.innerText();
  assert.match(shown, /Bob Baker at 00:03:10/);
  assert.ok(!shown.includes(KEY), `the card shows the key: ${shown}`);

  await remedy(page, 'Engineering stand-up', 'Delete transcript', 'key read aloud in the stand-up');
  const deletes = world().emu.callsTo('DELETE', /^\/meetingTranscripts\//);
  assert.deepEqual(deletes.map((c) => [c.path, c.tokenLabel, c.status]), [[`/meetingTranscripts/${transcript.id}`, 'compliance officer', 204]]);
  assert.equal(world().emu.transcript(transcript.id)?.deletion?.reason, 'key read aloud in the stand-up');
  await page.getByRole('list', { name: 'Inspector entries' }).getByRole('listitem').filter({ hasText: 'DELETE' }).filter({ hasText: `/meetingTranscripts/${transcript.id}` }).first().waitFor();

  await openMeeting(page, 'Engineering stand-up');
  await area.getByRole('list', { name: 'Transcripts' }).getByRole('listitem', { name: 'Engineering stand-up transcript 1', exact: true }).getByText('deleted', { exact: true }).waitFor();
});

test('a space classified Highly Confidential shows its classification on the alert card', async () => {
  const { page } = s;
  await postAs(page, 'Alice Archer');
  await openSpace(page, 'Project Falcon');
  await page.getByLabel('Message', { exact: true }).fill('the escrow card is 5555 5555 5555 4444');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const card = cardOf(messageFrom(page, 'Warden', '•••• 4444'));
  await card.getByRole('button', { name: 'Dismiss', exact: true }).waitFor({ timeout: 30_000 });
  assert.match(await card.innerText(), /Highly Confidential/);
});
