import type { FrameworkInstance } from '../bot/load-framework.js';
import type { Logger } from '../log/logger.js';
import type { Commands } from './create-commands.js';
import { mentionNames, stripMention } from './strip-mention.js';
import type { CommandInput } from './types.js';

/** Below every other `hears`, so a more specific handler added later wins (the framework runs the lowest value). */
const CATCH_ALL_PREFERENCE = 99;

const FAILED = 'Sorry, something went wrong while answering; please try again in a moment.';

interface BotLike {
  room?: { id?: string; type?: string };
  person?: { id?: string; displayName?: string };
  say(format: string, message: string): Promise<unknown>;
  reply(replyTo: unknown, message: string, format: string): Promise<unknown>;
}

interface TriggerLike {
  text?: string;
  person?: { emails?: string[] };
  message?: { id?: string; roomId?: string; roomType?: string; personEmail?: string; html?: string };
}

function inputOf(framework: FrameworkInstance, bot: BotLike, trigger: TriggerLike): CommandInput | undefined {
  const message = trigger.message;
  const personEmail = message?.personEmail ?? trigger.person?.emails?.[0];
  const roomId = message?.roomId ?? bot.room?.id;
  if (!personEmail || !roomId) return undefined;
  const roomType = (bot.room?.type ?? message?.roomType) === 'direct' ? 'direct' : 'group';
  const me = (framework.person ?? bot.person ?? {}) as { id?: string; displayName?: string };
  // In a group space the bot only hears messages that mention it, and the text starts with that mention.
  const text = roomType === 'group' ? stripMention(trigger.text ?? '', mentionNames(me, message?.html)) : (trigger.text ?? '');
  return { text, personEmail, roomId, roomType };
}

/** Answers every message said to the bot with the commands' reply: in the thread in a group space. */
export function registerCommands(framework: FrameworkInstance, commands: Commands, logger: Logger): void {
  const answer = async (bot: BotLike, trigger: TriggerLike): Promise<void> => {
    const input = inputOf(framework, bot, trigger);
    if (!input) {
      logger.warn('message to the bot without a sender or space; ignored');
      return;
    }
    let reply: string;
    try {
      reply = await commands.run(input);
    } catch (err) {
      logger.error('command failed', { roomId: input.roomId, err });
      reply = FAILED;
    }
    if (input.roomType === 'group' && trigger.message) await bot.reply(trigger.message, reply, 'markdown');
    else await bot.say('markdown', reply);
  };
  // The framework calls handlers without awaiting them, so a failure must be caught here.
  framework.hears(
    /.*/s,
    (bot: BotLike, trigger: TriggerLike) => {
      answer(bot, trigger).catch((err: unknown) => logger.error('could not send the command reply', { err }));
    },
    undefined,
    CATCH_ALL_PREFERENCE,
  );
}
