import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cardOf, lastMessageFrom, openSandbox, openSpace, postAs, send, type SandboxPage } from './sandbox-browser.js';

// The Faults panel (SPEC §6): a person watches Warden wait out 429s and catch up without webhooks.

let s: SandboxPage;

before(async () => {
  s = await openSandbox();
});
after(async () => {
  await s?.close();
});

const world = () => s.sandbox.runtime.world();

/** How many alert cards Warden has posted in Compliance Alerts so far. */
const cardsPosted = (): number => world().emu.messagesIn(world().demo.rooms.alerts).filter((m) => m.attachments?.length).length;

test('429 with Retry-After for the next calls: Warden waits, retries, and the alert still arrives', async () => {
  const { page } = s;
  await page.getByLabel('Calls', { exact: true }).fill('3');
  await page.getByLabel('Retry-After (s)').fill('1');
  await page.getByRole('button', { name: 'Answer 429 to the next calls' }).click();
  await page.getByRole('status').filter({ hasText: 'Fault armed' }).waitFor();
  const cards = cardsPosted();

  await postAs(page, 'Alice Archer');
  await openSpace(page, 'Sales Team');
  await send(page, 'the card for the hotel: 3782 822463 10005');
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  await cardOf(lastMessageFrom(page, 'Warden')).getByText('•••• 0005').first().waitFor({ timeout: 30_000 });
  assert.equal(cardsPosted(), cards + 1, 'one card, not one per retry');

  const refused = world().emu.calls.filter((c) => c.status === 429);
  assert.equal(refused.length, 3);
  // Each refused call was made again after the wait, and answered.
  for (const c of refused) {
    const retried = world().emu.calls.find((x) => x.seq > c.seq && x.method === c.method && x.path === c.path && x.status < 400);
    assert.ok(retried && retried.at - c.at >= 900, `${c.method} ${c.path} retried after Retry-After`);
  }
  const inspector = page.getByRole('list', { name: 'Inspector entries' });
  assert.ok((await inspector.getByRole('listitem').filter({ hasText: /\b429\b/ }).count()) >= 3, 'the Inspector lists the 429 answers');
});

test('webhook deliveries off: the alert still arrives through the poller; on again, a press acts', async () => {
  const { page } = s;
  await page.getByRole('button', { name: 'Webhook deliveries off' }).click();
  await page.getByText('Webhook deliveries are off.').waitFor();
  const cards = cardsPosted();
  const deliveriesBefore = world().emu.deliveries.length;

  await postAs(page, 'Bob Baker');
  await openSpace(page, 'Sales Team');
  await send(page, 'my card: 6011 1111 1111 1117');
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const alert = lastMessageFrom(page, 'Warden');
  await cardOf(alert).getByText('•••• 1117').first().waitFor({ timeout: 30_000 });
  assert.equal(cardsPosted(), cards + 1);
  assert.ok(world().emu.deliveries.slice(deliveriesBefore).every((d) => d.status === 'error'), 'no webhook delivery got through while off');

  await page.getByRole('button', { name: 'Webhook deliveries on' }).click();
  await page.getByText('Webhook deliveries are on.').waitFor();
  const onAt = world().emu.deliveries.length;
  await cardOf(alert).getByRole('button', { name: 'Dismiss', exact: true }).click();
  await alert.getByRole('list', { name: 'Replies' }).getByText(/dismissed/).waitFor({ timeout: 20_000 });
  const press = world().emu.deliveries.slice(onAt).filter((d) => d.resource === 'attachmentActions');
  assert.deepEqual(press.map((d) => d.status), [200], 'the press was delivered to Warden once deliveries were on');
});
