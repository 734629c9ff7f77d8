/**
 * The README's picture of the sandbox console with an alert card. A developer's tool, not a test.
 *
 *   npx tsx test/tools/render-console-screenshot.ts      # writes docs/sandbox-console.png
 *
 * Starts the sandbox (temp DATA_DIR, port 0), has Alice post a card number in Sales Team, and
 * photographs Olga's view of Compliance Alerts once Warden's card is drawn, with the card's
 * "Delete message…" confirmation open and Warden's Webex calls in the Inspector beside it. Needs
 * Chromium at /usr/bin/chromium (or CHROMIUM=...). No network.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardOf, lastMessageFrom, openSandbox, openSpace, postAs, send } from '../browser/sandbox-browser.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/sandbox-console.png');
const s = await openSandbox();
try {
  const { page } = s;
  await page.setViewportSize({ width: 1400, height: 1000 });
  await postAs(page, 'Alice Archer');
  await openSpace(page, 'Sales Team');
  await send(page, 'For the client dinner tonight, use the team card: 4111 1111 1111 1111, exp 12/28');
  await postAs(page, 'Olga Officer (officer)');
  await openSpace(page, 'Compliance Alerts');
  const card = cardOf(lastMessageFrom(page, 'Warden'));
  await card.getByRole('button', { name: 'Delete message…', exact: true }).click({ timeout: 30_000 });
  await card.getByLabel('Reason (optional)').fill('card number in a chat');
  await page.getByRole('status').evaluate((el) => (el.textContent = ''));
  await page.locator('.scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await s.close();
}
