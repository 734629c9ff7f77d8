import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerCommands } from '../../../src/commands/register-commands.js';
import type { FrameworkInstance } from '../../../src/bot/load-framework.js';
import type { CommandInput } from '../../../src/commands/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { waitFor } from '../../helpers/wait-for.js';

type Handler = (bot: unknown, trigger: unknown) => unknown;

/** Just the part of webex-node-bot-framework that registerCommands touches: hears(). */
function fakeFramework() {
  const hears: Array<{ phrase: unknown; fn: Handler }> = [];
  const framework = {
    person: { id: 'bot-1', emails: ['warden@webex.bot'], displayName: 'Warden' },
    hears(phrase: unknown, fn: Handler) {
      hears.push({ phrase, fn });
      return String(hears.length);
    },
  } as unknown as FrameworkInstance;
  return { framework, hears };
}

function fakeBot(type: 'group' | 'direct') {
  const sent: Array<{ how: string; args: unknown[] }> = [];
  return {
    sent,
    room: { id: 'room-1', type },
    say: async (...args: unknown[]) => void sent.push({ how: 'say', args }),
    reply: async (...args: unknown[]) => void sent.push({ how: 'reply', args }),
  };
}

function setup() {
  const { framework, hears } = fakeFramework();
  const heard: CommandInput[] = [];
  registerCommands(framework, { run: async (input) => (heard.push(input), `reply to ${input.text}`) }, captureLogs().logger);
  return { hears, heard };
}

test('one catch-all handler is registered', () => {
  const { hears } = setup();
  assert.equal(hears.length, 1);
  assert.ok(hears[0]!.phrase instanceof RegExp && hears[0]!.phrase.test('anything at all'));
});

test('in a group space the mention is removed and the answer goes in the thread', async () => {
  const { hears, heard } = setup();
  const bot = fakeBot('group');
  const message = { id: 'msg-1', roomId: 'room-1', personEmail: 'officer@acme.example', text: 'Warden status' };
  hears[0]!.fn(bot, { text: 'Warden status', message, person: { emails: ['officer@acme.example'] } });

  await waitFor('the reply', () => bot.sent.length > 0);
  assert.deepEqual(heard, [{ text: 'status', personEmail: 'officer@acme.example', roomId: 'room-1', roomType: 'group' }]);
  assert.deepEqual(bot.sent, [{ how: 'reply', args: [message, 'reply to status', 'markdown'] }]);
});

test('in a 1:1 space the text is taken as said and the answer is a plain message', async () => {
  const { hears, heard } = setup();
  const bot = fakeBot('direct');
  const message = { id: 'msg-2', roomId: 'room-1', personEmail: 'officer@acme.example', text: 'alerts' };
  hears[0]!.fn(bot, { text: 'alerts', message });

  await waitFor('the reply', () => bot.sent.length > 0);
  assert.equal(heard[0]!.roomType, 'direct');
  assert.deepEqual(bot.sent, [{ how: 'say', args: ['markdown', 'reply to alerts'] }]);
});
