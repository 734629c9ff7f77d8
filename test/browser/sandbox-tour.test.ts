import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cardOf, openSandbox, openSpace, postAs, type SandboxPage } from './sandbox-browser.js';

// The Tour (with a meeting chat step), Attach file, Add/Remove member, a mention of the bot, and Reset (SPEC §6).

let s: SandboxPage;

before(async () => {
  s = await openSandbox();
});
after(async () => {
  await s?.close();
});

const world = () => s.sandbox.runtime.world();
const alertCards = (page: SandboxPage['page'], title: string) =>
  page.getByRole('list', { name: 'Messages' }).getByRole('listitem', { name: 'Message from Warden', exact: true }).filter({ has: page.getByRole('group', { name: 'Adaptive Card' }).getByText(title, { exact: true }) });

test('the Tour plays a card number, one in a meeting chat, an outsider joining and a file shared with an outsider: four alert cards', async () => {
  const { page } = s;
  await postAs(page, 'Omar Okafor (officer)');
  await openSpace(page, 'Compliance Alerts');
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  for (const title of ['Payment card number', 'External member added', 'File shared with external members']) {
    await alertCards(page, title).first().waitFor({ timeout: 30_000 });
  }
  // The meeting chat's card names the meeting; Warden found the chat in the Events API (no webhook).
  await alertCards(page, 'Payment card number').filter({ hasText: 'Supplier sync' }).first().waitFor({ timeout: 30_000 });
  assert.equal(await alertCards(page, 'Payment card number').count(), 2, 'one card for the space, one for the meeting chat');
  const removeButton = cardOf(alertCards(page, 'External member added').first()).getByRole('button', { name: /^Remove Paul Partner/ });
  assert.equal(await removeButton.count(), 1, 'the membership alert offers to remove the outsider by name');
});

test('Attach file posts the bytes with the message; they are served back; Add and Remove member act as the chosen person', async () => {
  const { page } = s;
  await postAs(page, 'Carol Chen');
  await openSpace(page, 'Engineering');
  await page.getByLabel('Person to add').selectOption({ label: 'Eve Outsider (external)' });
  await page.getByRole('button', { name: 'Add member', exact: true }).click();
  await page.getByText(/Members: .*Eve Outsider \(external\)/).waitFor();

  const bytes = Buffer.from('name,salary\nAlice,100\n');
  await page.getByLabel('Attach file').setInputFiles({ name: 'salaries.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByLabel('Message', { exact: true }).fill('the numbers');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const link = page.getByRole('list', { name: 'Messages' }).getByRole('link', { name: 'salaries.csv' });
  await link.waitFor();
  const posted = world().emu.messagesIn(world().demo.rooms.engineering).find((m) => m.text === 'the numbers');
  assert.match(posted?.files?.[0] ?? '', /^http:\/\/127\.0\.0\.1:\d+\/v1\/contents\/[\w-]+$/);
  const served = await fetch(new URL(String(await link.getAttribute('href')), s.sandbox.url));
  assert.deepEqual(Buffer.from(await served.arrayBuffer()), bytes);

  await page.getByLabel('Member to remove').selectOption({ label: 'Eve Outsider (external)' });
  await page.getByRole('button', { name: 'Remove member', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Member removed' }).waitFor();
  assert.ok(!world().emu.memberships(world().demo.rooms.engineering).some((m) => m.personEmail === 'eve@partner.example'));

  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  await alertCards(page, 'File shared with external members').nth(1).waitFor({ timeout: 30_000 });
});

test('@Warden in the Message box mentions the bot, as the Webex app does; Warden answers', async () => {
  const { page } = s;
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  await page.getByLabel('Message', { exact: true }).fill('@Warden help');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const asked = page.getByRole('list', { name: 'Messages' }).getByRole('listitem', { name: 'Message from Olga Officer' }).filter({ hasText: 'Warden help' });
  await asked.getByRole('listitem', { name: 'Reply from Warden' }).first().waitFor({ timeout: 20_000 });
  const sent = world().emu.messagesIn(world().demo.rooms.alerts).find((m) => m.text === 'Warden help');
  assert.deepEqual(sent?.mentionedPeople, [world().emu.person('warden@webex.bot').id]);
});

test('a card Webex would not render as written is flagged in the page', async () => {
  const { page } = s;
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'From another bot' }, { type: 'Table', columns: [] }] };
  const res = await fetch(`${world().emu.origin}/_emulator/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ as: 'warden@webex.bot', roomId: world().demo.rooms.alerts, text: 'a card', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }),
  });
  assert.equal(res.status, 200);
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const flagged = page.getByRole('note').filter({ hasText: 'Webex would not render this card as written' }).last();
  await flagged.waitFor();
  assert.match(await flagged.innerText(), /1\.5|Table/);
});

test('Reset starts a fresh demo org and an empty sandbox database', async () => {
  const { page } = s;
  const before = world().emu.origin;
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'The sandbox was reset' }).waitFor({ timeout: 30_000 });
  assert.equal(world().emu.origin, before, 'the emulator keeps its address (the bot framework is bound to it)');
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  await page.getByRole('list', { name: 'Messages' }).getByText('This space now receives alerts').waitFor();
  assert.equal(await page.getByRole('group', { name: 'Adaptive Card' }).count(), 0, 'no alert card from before the reset');
  assert.equal(world().emu.messagesIn(world().demo.rooms.alerts).length, 2, 'only the subscribe command and its answer');
});
