import { createBot, type Bot } from '../../src/bot/create-bot.js';
import { STANDARD_TOKENS, type Emulator } from '../../src/emulator/index.js';
import type { Logger } from '../../src/log/logger.js';
import type { WebexApi } from '../../src/webex/types.js';
import { startReceiver, type Receiver } from './emulator.js';
import { emulatedApi } from './emulated-api.js';
import { waitFor } from './wait-for.js';

export interface TestBot {
  bot: Bot;
  /** The bot token's API. */
  api: WebexApi;
  /** Where the emulator delivers the bot's webhooks (kept raw, for the test to hand on). */
  hook: Receiver;
  stop(): Promise<void>;
}

/**
 * The bot framework started against the emulator, its webhooks delivered to a plain receiver,
 * `prepare` run before start (e.g. to register commands). Resolves once the framework has
 * discovered its spaces: it drops a message for a space it is still spawning (webex-api.md §11).
 */
export async function startTestBot(emu: Emulator, logger: Logger, prepare?: (bot: Bot) => void): Promise<TestBot> {
  const hook = await startReceiver();
  const api = emulatedApi(emu, STANDARD_TOKENS.bot, logger, { label: 'bot' });
  const bot = createBot({ token: STANDARD_TOKENS.bot, apiUrl: emu.url, webhookUrl: hook.url, secret: 'a-test-secret', api, logger });
  prepare?.(bot);
  await bot.start();
  await waitFor('the framework to finish discovering its spaces', () => bot.framework.initialized);
  return {
    bot,
    api,
    hook,
    async stop() {
      await bot.stop();
      await hook.close();
    },
  };
}
