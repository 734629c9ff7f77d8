import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/load-config.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';

/** Debian's Chromium (`.ci/run` installs it when missing); CHROMIUM overrides the path. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface SandboxPage {
  sandbox: Sandbox;
  page: Page;
  close(): Promise<void>;
}

/** The sandbox as `npm start` runs it (port 0, a temp DATA_DIR), and a headless Chromium on its page. */
export async function openSandbox(): Promise<SandboxPage> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-sandbox-'));
  const sandbox = await startSandbox(loadConfig({ WARDEN_MODE: 'sandbox', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'debug' }));
  const profile = mkdtempSync(path.join(tmpdir(), 'warden-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
  } catch (err) {
    await sandbox.stop();
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => void d.accept());
  await page.goto(sandbox.url);
  return {
    sandbox,
    page,
    async close() {
      await context.close();
      await sandbox.stop();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Chooses who the page acts as, by the option's label (display name, and officer or external). */
export async function postAs(page: Page, label: string): Promise<void> {
  await page.getByLabel('Post as').selectOption({ label });
}

export async function openSpace(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

export async function send(page: Page, text: string): Promise<void> {
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Sent' }).waitFor();
}

/** The newest message of the open space whose author is `author` (a list item named after it). */
export function lastMessageFrom(page: Page, author: string): Locator {
  return page.getByRole('list', { name: 'Messages' }).getByRole('listitem', { name: `Message from ${author}`, exact: true }).last();
}

/** The message of `author` that shows `text`: the one a test waits for, not merely the newest so far. */
export function messageFrom(page: Page, author: string, text: string | RegExp): Locator {
  return page.getByRole('list', { name: 'Messages' }).getByRole('listitem', { name: `Message from ${author}`, exact: true }).filter({ hasText: text }).last();
}

/** The rendered Adaptive Card of a message. */
export function cardOf(message: Locator): Locator {
  return message.getByRole('group', { name: 'Adaptive Card' }).first();
}
