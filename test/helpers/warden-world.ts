import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type CallRecord, type Emulator, type EmuRoom } from '../../src/emulator/types.js';
import { captureLogs } from './capture-logs.js';
import { startApp, testEnv, type RunningApp } from './start-app.js';
import { waitFor } from './wait-for.js';

export interface CardPost {
  call: CallRecord;
  roomId: string;
  markdown: string;
  card: Record<string, unknown>;
}

/**
 * An emulated Webex org with Warden running against it, an officers' alert space, and the
 * ways a test talks to the bot and reads what it posted, all from the emulator's call log.
 */
export interface World {
  emu: Emulator;
  running: RunningApp;
  env: Record<string, string>;
  logs: ReturnType<typeof captureLogs>;
  alertRoom: EmuRoom;
  /** Says `text` to the bot (mentioning it, as the Webex app sends it) and resolves with the bot's answer in the thread. */
  say(asEmail: string, roomId: string, text: string): Promise<string>;
  /** Every alert card the bot posted (after `since`, a call sequence number). */
  cards(roomId?: string, since?: number): CardPost[];
  waitForCards(roomId: string, count: number, since?: number): Promise<CardPost[]>;
  /** The bot's posts in a card's thread, oldest first. */
  replyCalls(cardId: string): CallRecord[];
  /** Their markdown. */
  replies(cardId: string): string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

function asCardPost(call: CallRecord): CardPost | undefined {
  const body = call.body as { roomId?: string; markdown?: string; attachments?: Array<{ content: Record<string, unknown> }> };
  const content = body.attachments?.[0]?.content;
  if (!content || call.status !== 200) return undefined;
  return { call, roomId: body.roomId ?? '', markdown: body.markdown ?? '', card: content };
}

export async function startWorld(extraEnv: Record<string, string> = {}): Promise<World> {
  const emu = await startEmulator();
  const logs = captureLogs();
  const env = testEnv(emu, extraEnv);
  let running = await startApp(env, logs.logger);
  const alertRoom = emu.addRoom({ title: 'Compliance alerts', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  const botPosts = () => emu.callsTo('POST', '/messages', 'bot');
  const cards = (roomId?: string, since = 0) =>
    botPosts()
      .filter((c) => c.seq > since)
      .map(asCardPost)
      .filter((p): p is CardPost => p !== undefined && (roomId === undefined || p.roomId === roomId));
  return {
    emu,
    get running() {
      return running;
    },
    env,
    logs,
    alertRoom,
    cards,
    async say(asEmail, roomId, text) {
      // As a person types it in the Webex app: `@Warden …`, sent as text and html with a mention tag.
      const msg = emu.postAsApp(asEmail, { roomId, text: `@Warden ${text}`, mentions: [STANDARD_EMAILS.bot] });
      const reply = await waitFor(`the bot's answer to "${text}"`, () =>
        botPosts().find((c) => (c.body as { parentId?: string }).parentId === msg.id),
      );
      return (reply.body as { markdown?: string; text?: string }).markdown ?? '';
    },
    replyCalls: (cardId) => botPosts().filter((c) => (c.body as { parentId?: string }).parentId === cardId),
    replies: (cardId) =>
      botPosts()
        .filter((c) => (c.body as { parentId?: string }).parentId === cardId)
        .map((c) => (c.body as { markdown?: string }).markdown ?? ''),
    waitForCards: (roomId, count, since) =>
      waitFor(`${count} alert card(s)`, () => {
        const found = cards(roomId, since);
        return found.length >= count ? found : undefined;
      }),
    async restart() {
      const port = Number(new URL(running.url).port);
      await running.stop();
      running = await startApp(env, logs.logger, { port });
    },
    async close() {
      await running.stop();
      await emu.close();
    },
  };
}

/** startWorld, with the officers' alert space subscribed to every severity. */
export async function subscribedWorld(extraEnv: Record<string, string> = {}): Promise<World> {
  const world = await startWorld(extraEnv);
  await world.say(STANDARD_EMAILS.officer, world.alertRoom.id, 'subscribe');
  return world;
}

/** The sequence number of the newest call so far: cards after it are the test's own. */
export function mark(emu: Emulator): number {
  return emu.calls.at(-1)?.seq ?? 0;
}

/** Titles of a card's actions, with those inside a ShowCard as `outer > inner`. */
export function actionTitles(card: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const a of (card.actions as Array<Record<string, unknown>>) ?? []) {
    out.push(String(a.title));
    const inner = (a.card as { actions?: Array<Record<string, unknown>> } | undefined)?.actions ?? [];
    for (const i of inner) out.push(`${a.title} > ${i.title}`);
  }
  return out;
}

/** Let at least one more poll cycle pass, so a wrong extra card would have had its chance to appear. */
export const settle = (ms = 2_500) => new Promise((r) => setTimeout(r, ms));

/** The alert id a card's buttons carry (every Submit's data is `{ alertId, verb }`). */
export function alertIdOf(card: Record<string, unknown>): string {
  const found = JSON.stringify(card).match(/"alertId":"([^"]+)"/);
  if (!found) throw new Error('the card carries no alert id');
  return found[1]!;
}

/** The message id of a posted card: the bot's message in that space that carries the alert's id. */
export function cardMessageId(world: World, post: CardPost): string {
  const alertId = alertIdOf(post.card);
  const match = world.emu.messagesIn(post.roomId).find((m) => m.attachments && JSON.stringify(m.attachments).includes(alertId));
  if (!match) throw new Error('card message not found');
  return match.id;
}
