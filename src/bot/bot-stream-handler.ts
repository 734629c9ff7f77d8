import type { InboxRow } from '../inbox/types.js';
import type { Bot } from './create-bot.js';
import type { BotEnvelope } from './feed-framework.js';

/** The inbox handler of the bot's own stream; its rows wait (retried later) until the bot has started. */
export function botStreamHandler(bot: () => Bot | undefined) {
  return async (row: InboxRow): Promise<void> => {
    const current = bot();
    if (!current) throw Object.assign(new Error('the bot is not started yet'), { transient: true });
    await current.handle(row.payload as BotEnvelope);
  };
}
