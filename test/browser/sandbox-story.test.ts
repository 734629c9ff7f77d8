import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cardOf, lastMessageFrom, messageFrom, openSandbox, openSpace, postAs, send, type SandboxPage } from './sandbox-browser.js';

// The sandbox's story as a person goes through it in a browser (SPEC §6): found by role and
// accessible name, the effects checked on the emulated Webex too.

const CARD_NUMBER = '4111 1111 1111 1111';
let s: SandboxPage;

before(async () => {
  s = await openSandbox();
});
after(async () => {
  await s?.close();
});

const emu = () => s.sandbox.runtime.world().emu;

test('an insider posts a card number; an officer deletes it from the rendered, masked alert card', async () => {
  const { page } = s;
  await postAs(page, 'Alice Archer');
  await openSpace(page, 'Sales Team');
  await send(page, `Client dinner tonight, use the team card ${CARD_NUMBER} exp 12/28`);
  const posted = lastMessageFrom(page, 'Alice Archer');
  await posted.getByText(CARD_NUMBER).waitFor();

  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const alert = lastMessageFrom(page, 'Warden');
  const card = cardOf(alert);
  // Rendered by the adaptivecards renderer: its ShowCard button exists only once the card is drawn.
  const confirm = card.getByRole('button', { name: 'Delete message…', exact: true });
  await confirm.waitFor({ timeout: 20_000 });
  const shown = await card.innerText();
  assert.match(shown, /Payment card number/);
  assert.match(shown, /•••• 1111/);
  assert.ok(!shown.includes(CARD_NUMBER) && !shown.includes(CARD_NUMBER.replace(/ /g, '')), `the card shows the number unmasked: ${shown}`);
  assert.equal(await alert.getByText(CARD_NUMBER).count(), 0, 'the number shows nowhere in the alert message');

  await confirm.click();
  await card.getByLabel('Reason (optional)').fill('card number in a chat');
  await card.getByRole('button', { name: 'Delete message', exact: true }).click();
  const answer = alert.getByRole('list', { name: 'Replies' }).getByRole('listitem', { name: 'Reply from Warden' });
  await answer.filter({ hasText: 'deleted' }).first().waitFor({ timeout: 20_000 });
  assert.match(await answer.last().innerText(), /olga@acme\.example/);

  // The press reached Warden, which deleted the message with the compliance token, once.
  const message = emu().messagesIn(s.sandbox.runtime.world().demo.rooms.sales).find((m) => m.text?.includes(CARD_NUMBER));
  assert.ok(message?.deleted, 'the message is deleted in the emulated Webex');
  assert.equal(emu().callsTo('DELETE', `/messages/${message.id}`, 'compliance officer').length, 1);

  const inspector = page.getByRole('list', { name: 'Inspector entries' });
  await inspector.getByRole('listitem').filter({ hasText: 'DELETE' }).filter({ hasText: `/messages/${message.id}` }).first().waitFor();

  await postAs(page, 'Alice Archer');
  await openSpace(page, 'Sales Team');
  const deleted = page.getByRole('list', { name: 'Messages' }).getByRole('listitem', { name: 'Deleted message from Alice Archer' });
  await deleted.getByText('This message was deleted').waitFor();
  assert.equal(await page.getByRole('list', { name: 'Messages' }).getByText(CARD_NUMBER).count(), 0);
});

test("a non-officer's press on an alert card is refused in its thread and changes nothing", async () => {
  const { page } = s;
  await postAs(page, 'Bob Baker');
  await openSpace(page, 'Sales Team');
  await send(page, 'the spare card is 5555 5555 5555 4444');
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  // This number's card, not the newest card so far (the first test's may still be the last).
  const cardFor4444 = () => messageFrom(page, 'Warden', '•••• 4444');
  await cardOf(cardFor4444()).getByRole('button', { name: 'Dismiss', exact: true }).waitFor({ timeout: 20_000 });
  await page.getByLabel('Person to add').selectOption({ label: 'Carol Chen' });
  await page.getByRole('button', { name: 'Add member', exact: true }).click();
  await page.getByText(/Members: .*Carol Chen/).waitFor();

  await postAs(page, 'Carol Chen');
  await openSpace(page, 'Compliance Alerts');
  const alert = cardFor4444();
  await cardOf(alert).getByRole('button', { name: 'Dismiss', exact: true }).click();
  const refusal = alert.getByRole('list', { name: 'Replies' }).getByRole('listitem', { name: 'Reply from Warden' }).filter({ hasText: 'only compliance officers can act on alerts' });
  await refusal.waitFor({ timeout: 20_000 });
  const bobs = emu().messagesIn(s.sandbox.runtime.world().demo.rooms.sales).find((m) => m.text?.includes('5555 5555 5555 4444'));
  assert.ok(bobs && !bobs.deleted);
  assert.equal(emu().callsTo('DELETE', `/messages/${bobs.id}`).length, 0);
});
