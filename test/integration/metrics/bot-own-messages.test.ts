import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Bot } from '../../../src/bot/create-bot.js';
import type { BotEnvelope } from '../../../src/bot/feed-framework.js';
import { startEmulator, STANDARD_EMAILS, type Emulator } from '../../../src/emulator/index.js';
import type { WebexApi } from '../../../src/webex/types.js';
import type { Receiver } from '../../helpers/emulator.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { waitFor } from '../../helpers/wait-for.js';

let emu: Emulator;
let running: TestBot;
let bot: Bot;
let api: WebexApi;
let hook: Receiver;

before(async () => {
  emu = await startEmulator({ port: 0 });
  running = await startTestBot(emu, captureLogs('info').logger);
  ({ bot, api, hook } = running);
});
after(async () => {
  await running.stop();
  await emu.close();
});

/** The firehose delivery the emulator sent for a message, exactly as the bot's webhook received it. */
async function deliveryOf(messageId: string): Promise<BotEnvelope> {
  return waitFor(`the delivery of ${messageId}`, () =>
    hook.received.map((r) => JSON.parse(r.raw.toString('utf8')) as BotEnvelope).find((e) => e.resource === 'messages' && e.data.id === messageId),
  );
}

const readBacks = () => emu.callsTo('GET', /^\/messages\/[^/]+$/, 'bot');

test('the bot\'s own card, coming back through its firehose, is not read back from Webex', async () => {
  const room = emu.addRoom({ title: 'Compliance alerts', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  const posted = await api.messages.create({ roomId: room.id, markdown: 'an alert card stands in here' });
  const envelope = await deliveryOf(posted.id);
  emu.resetCalls();

  await bot.handle(envelope);

  assert.equal(readBacks().length, 0, 'no GET /messages/{id} for a message the bot wrote itself');
});

test('a message someone else wrote is still read, once', async () => {
  const room = emu.addRoom({ title: 'Team', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot, STANDARD_EMAILS.alice] });
  const msg = emu.postAsApp(STANDARD_EMAILS.alice, { roomId: room.id, text: '@Warden help', mentions: [STANDARD_EMAILS.bot] });
  const envelope = await deliveryOf(msg.id);
  emu.resetCalls();

  await bot.handle(envelope);

  const reads = readBacks();
  assert.equal(reads.length, 1);
  assert.equal(reads[0]?.path, `/messages/${msg.id}`);
});
