import type { Logger } from '../log/logger.js';
import type { Bot } from '../bot/create-bot.js';
import type { BotEnvelope } from '../bot/feed-framework.js';
import type { InboxRow } from '../store/inbox-repo.js';

export interface EventHandlerDeps {
  /** The bot, once started; bot deliveries wait in the inbox until it is. */
  readonly bot: () => Bot | undefined;
  /** The compliance pipeline (correlate → policies → alerts); absent until it is wired. */
  readonly compliance?: (payload: unknown, row: InboxRow) => Promise<void>;
  readonly logger: Logger;
}

/** Dispatches a stored event by its source: the bot's deliveries to the framework, the rest to the pipeline. */
export function createEventHandler(deps: EventHandlerDeps) {
  return async (row: InboxRow): Promise<void> => {
    const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
    if (row.source === 'bot-webhook') {
      const bot = deps.bot();
      if (!bot) throw Object.assign(new Error('the bot is not started yet'), { transient: true });
      await bot.handle(payload as BotEnvelope);
      return;
    }
    if (deps.compliance) await deps.compliance(payload, row);
  };
}
