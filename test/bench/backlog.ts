import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { createSubscriptionsRepo } from '../../src/store/subscriptions-repo.js';
import { STANDARD_EMAILS, STANDARD_TOKENS, type CallRecord, type Emulator } from '../../src/emulator/types.js';
import { bareMinimum } from './bare-minimum.js';
import { barePager, type PagerRun } from './bare-pager.js';
import { isCardPost, summariseCalls, type CallSummary } from './call-summary.js';
import { tallyAlerts, type AlertTally } from './posted-alerts.js';
import { seedMessages } from './seed-messages.js';
import { seedMeetingChat } from './seed-meeting-chat.js';
import { EVENT_RESOURCES } from '../../src/pollers/events-poller.js';
import { seedSpaces } from './seed-spaces.js';
import { seededRandom } from './seeded-random.js';
import { spawnBot, type BotBuild, type BotProcess } from './spawn-bot.js';

export interface BacklogFigures {
  events: number;
  spaces: number;
  people: number;
  offending: number;
  /** Of the events, meeting chat messages (SPEC §10), with their own alerts among `offending`. */
  meetingChatEvents: number;
  botSeconds: number;
  botEventsPerSecond: number;
  bareEventsPerSecond: number;
  ratio: number;
  /**
   * The second baseline: a client that pages the same events and makes only the other calls the
   * SPEC requires (test/bench/bare-minimum.ts), without judging, storing or rendering anything.
   */
  bareMinimumEventsPerSecond: number;
  ratioToBareMinimum: number;
  calls: CallSummary;
  callsPerEvent: number;
  callsPerEventWithoutCards: number;
  /**
   * The fewest calls the SPEC allows for this backlog: a card per alert (§5), the Events API
   * pages, the officer's org once, and per space the room (title for the card: spaces with an
   * alert) and the member list (who is external: spaces with an alert or a shared file) (§3).
   */
  minimumCalls: { total: number; cardPosts: number; eventPages: number; rooms: number; memberLists: number; meetings: number };
  /** Calls made ÷ that minimum: 1.0 means no call that could have been spared. */
  callsOverMinimum: number;
  alerts: AlertTally;
  peakRssMb: number;
}

/** What the bot polls, so that both baselines page the same. */
const RESOURCES = EVENT_RESOURCES;
/** The share of the backlog that is meeting chat. */
const MEETING_CHAT_SHARE = 0.1;
const BACKFILL_MINUTES = 60;

function median(runs: PagerRun[]): PagerRun {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as PagerRun;
}

/** The spaces, people and events of the backlog; the officer's alert space, subscribed in the bot's database. */
function seed(emu: Emulator, totalEvents: number, spaceCount: number, dataDir: string) {
  const { spaces, externalJoins, joinRooms } = seedSpaces(emu, spaceCount);
  const alertRoom = emu.addRoom({ title: 'Compliance alerts', creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] });
  const membershipEvents = emu.events().filter((e) => e.resource === 'memberships').length;
  const chatCount = Math.round(totalEvents * MEETING_CHAT_SHARE);
  const messages = seedMessages(emu, spaces, totalEvents - membershipEvents - chatCount, seededRandom(6), 30 * 60_000, 2 * 60_000);
  const chat = seedMeetingChat(emu, spaces, chatCount, seededRandom(7), 30 * 60_000, 2 * 60_000);
  const store = openStore(dataDir);
  createSubscriptionsRepo(store).subscribe(alertRoom.id, 'low', STANDARD_EMAILS.officer);
  store.close();
  const alertRooms = new Set([...joinRooms, ...messages.alertRooms]);
  const listRooms = new Set([...alertRooms, ...messages.fileRooms]);
  return {
    alertRoomId: alertRoom.id,
    expected: [...externalJoins.map((k) => `${k}|external-member`), ...messages.expected, ...chat.expected],
    spacesToKnow: { rooms: [...alertRooms], memberLists: [...listRooms], meetings: chat.alertMeetings },
    meetingChatEvents: chat.count,
  };
}

/** Until every expected card is posted and the inbox is empty, or nothing moves for 10 s with the inbox empty. */
async function waitForBacklog(emu: Emulator, bot: BotProcess, expected: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  let cards = 0;
  let lastChange = Date.now();
  for (;;) {
    const calls = emu.calls;
    for (; seen < calls.length; seen++) {
      if (!isCardPost(calls[seen] as CallRecord)) continue;
      cards += 1;
      lastChange = Date.now();
    }
    const health = await bot.health();
    const drained = health?.['inboxDepth'] === 0 && emu.callsTo('GET', '/events', 'officer').length > 0;
    if (drained && cards >= expected) return Date.now();
    if (drained && Date.now() - lastChange > 10_000) return lastChange;
    if (Date.now() > deadline) throw new Error(`bench: backlog not done after ${timeoutMs} ms (${cards}/${expected} cards)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The backlog scenario (issue 6): the bot catches up on a seeded Events API backlog; a bare pager reads the same. */
export async function runBacklog(
  emu: Emulator,
  options: { events: number; spaces: number; build?: BotBuild },
): Promise<{ figures: BacklogFigures; bot: BotProcess }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'warden-bench-'));
  const { alertRoomId, expected, spacesToKnow, meetingChatEvents } = seed(emu, options.events, options.spaces, dataDir);
  const to = new Date().toISOString();
  const from = new Date(Date.now() - BACKFILL_MINUTES * 60_000).toISOString();
  const pagerRuns: PagerRun[] = [];
  for (let i = 0; i < 3; i++) pagerRuns.push(await barePager(emu.url, STANDARD_TOKENS.officer, RESOURCES, from, to));
  const bare = median(pagerRuns);
  // Its cards go to a space of another org, whose events the bot's officer token does not see.
  const bareRoom = emu.addRoom({ title: 'Bare baseline cards', creator: STANDARD_EMAILS.eve, members: [] });
  const minimum = await bareMinimum({
    apiUrl: emu.url,
    readToken: STANDARD_TOKENS.officer,
    postToken: STANDARD_TOKENS.eve,
    postRoomId: bareRoom.id,
    resources: RESOURCES,
    from,
    to,
    ...spacesToKnow,
    cards: expected.length,
  });

  emu.resetCalls();
  const bot = await spawnBot(emu, { dataDir, pollSeconds: 1, backfillMinutes: BACKFILL_MINUTES, build: options.build });
  const endAt = await waitForBacklog(emu, bot, expected.length, 10 * 60_000);
  const peakRssMb = bot.peakRssMb();
  const firstPage = emu.callsTo('GET', '/events', 'officer')[0]?.at ?? endAt;
  const during = emu.calls.filter((c) => c.at <= endAt && (c.tokenLabel === 'bot' || c.tokenLabel === 'officer'));
  const calls = summariseCalls(during);
  const botSeconds = (endAt - firstPage) / 1000;
  const events = bare.events;
  const botEventsPerSecond = events / botSeconds;
  const needed = {
    cardPosts: expected.length,
    eventPages: bare.pages,
    rooms: spacesToKnow.rooms.length,
    memberLists: spacesToKnow.memberLists.length,
    meetings: spacesToKnow.meetings.length,
  };
  const bareMinimumEventsPerSecond = minimum.events / (minimum.ms / 1000);
  const minimumCalls = { total: needed.cardPosts + needed.eventPages + needed.rooms + needed.memberLists + needed.meetings + 1, ...needed };
  const bareEventsPerSecond = events / (bare.ms / 1000);
  return {
    bot,
    figures: {
      events,
      spaces: options.spaces,
      people: options.spaces * 5,
      offending: expected.length,
      meetingChatEvents,
      botSeconds,
      botEventsPerSecond,
      bareEventsPerSecond,
      ratio: botEventsPerSecond / bareEventsPerSecond,
      bareMinimumEventsPerSecond,
      ratioToBareMinimum: botEventsPerSecond / bareMinimumEventsPerSecond,
      calls,
      callsPerEvent: calls.total / events,
      callsPerEventWithoutCards: (calls.total - calls.byPurpose.cardPosts) / events,
      minimumCalls,
      callsOverMinimum: calls.total / minimumCalls.total,
      alerts: tallyAlerts(dataDir, emu.calls, alertRoomId, expected),
      peakRssMb,
    },
  };
}
