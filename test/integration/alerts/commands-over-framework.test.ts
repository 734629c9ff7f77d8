import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, STANDARD_EMAILS, type Emulator } from '../../../src/emulator/index.js';
import type { Bot } from '../../../src/bot/create-bot.js';
import { createCommands } from '../../../src/commands/create-commands.js';
import { registerCommands } from '../../../src/commands/register-commands.js';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { createSubscriptionsRepo, type SubscriptionsRepo } from '../../../src/store/subscriptions-repo.js';
import { testCases } from '../../helpers/test-cases.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { waitFor } from '../../helpers/wait-for.js';

let emu: Emulator;
let running: TestBot;
let bot: Bot;
let subscriptions: SubscriptionsRepo;

before(async () => {
  emu = await startEmulator({ port: 0 });
  const { logger } = captureLogs('info');
  const store = openStore(':memory:');
  subscriptions = createSubscriptionsRepo(store);
  const commands = createCommands({
    officers: [STANDARD_EMAILS.officer],
    subscriptions,
    alerts: createAlertsRepo(store),
    policies: () => [],
    status: () => ({}),
    logger,
    cases: testCases(store, logger),
  });
  running = await startTestBot(emu, logger, (b) => registerCommands(b.framework, commands, logger));
  bot = running.bot;
});
after(async () => {
  await running.stop();
  await emu.close();
});

/**
 * A person types something to the bot in the Webex app (`@Warden …`: text and html with a
 * mention tag, no markdown); the bot's webhook delivery is handed to the framework.
 */
async function say(asEmail: string, roomId: string, typed: string): Promise<{ id: string }> {
  const msg = emu.postAsApp(asEmail, { roomId, text: typed });
  await bot.handle({ resource: 'messages', event: 'created', data: { id: msg.id, roomId } });
  return msg;
}

const botReplies = () => emu.callsTo('POST', '/messages', 'bot').filter((c) => c.status === 200);

test('an officer mentioning the bot in a group space subscribes it, and the answer is in the thread', async () => {
  const room = emu.addRoom({ title: 'Compliance', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  emu.resetCalls();

  const msg = await say(STANDARD_EMAILS.officer, room.id, '@Warden subscribe high');

  const [reply] = await waitFor('the reply', () => (botReplies().length > 0 ? botReplies() : undefined));
  const body = reply!.body as { roomId: string; parentId?: string; markdown?: string };
  assert.equal(body.roomId, room.id);
  assert.equal(body.parentId, msg.id);
  assert.match(body.markdown ?? '', /high/);
  assert.equal(subscriptions.get(room.id)?.minSeverity, 'high');
});

test('someone else is refused and the space stays unsubscribed', async () => {
  const room = emu.addRoom({ title: 'Team', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bot] });
  emu.resetCalls();

  await say(STANDARD_EMAILS.alice, room.id, '@Warden subscribe');

  const [reply] = await waitFor('the reply', () => (botReplies().length > 0 ? botReplies() : undefined));
  assert.match((reply!.body as { markdown?: string }).markdown ?? '', /only compliance officers/);
  assert.equal(subscriptions.get(room.id), undefined);
});
