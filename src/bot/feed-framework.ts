import type { WebexApi } from '../webex/types.js';
import type { FrameworkInstance } from './load-framework.js';

export interface BotEnvelope {
  resource: string;
  event: string;
  actorId?: string;
  data: { id: string } & Record<string, unknown>;
}

/**
 * Gives a verified bot delivery to the framework without going through its webhook handler,
 * which re-hashes JSON.stringify(body) and silently drops what does not match, and swallows
 * fetch errors (webex-api.md §11). Warden fetches what the delivery refers to with its own
 * client, so a 429 or 5xx surfaces as an error and the inbox retries the event later.
 */
/**
 * The framework drops a message that arrives while it is still spawning its bot for that space
 * (its `spawn` refuses a second concurrent spawn and the message is ignored), which happens when
 * someone speaks right after adding the bot. Deliveries are handled concurrently, so wait for a
 * spawn in progress to finish first.
 */
async function spawnSettled(framework: FrameworkInstance, roomId: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!framework.findBotObjectInRoom(roomId) && framework.roomsSpawningNow.includes(roomId) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The bot's own posts (every alert card) come back through its `all/all` firehose webhook. The
 * framework ignores messages from the bot itself, so reading them back would be one wasted
 * `GET /messages/{id}` per card (bench: 1,035 of them in the backlog run).
 */
function isOwnMessage(framework: FrameworkInstance, data: BotEnvelope['data']): boolean {
  const me = framework.person;
  if (!me) return false;
  if (typeof data['personId'] === 'string') return data['personId'] === me.id;
  const email = typeof data['personEmail'] === 'string' ? data['personEmail'].toLowerCase() : undefined;
  return email !== undefined && me.emails.some((e) => e.toLowerCase() === email);
}

export async function feedFramework(framework: FrameworkInstance, api: WebexApi, envelope: BotEnvelope): Promise<void> {
  const { resource, event, data, actorId } = envelope;
  if (resource === 'messages' && event === 'created') {
    if (isOwnMessage(framework, data)) return;
    const message = await api.messages.get(data.id);
    await spawnSettled(framework, message.roomId);
    await framework.onMessageCreated(message);
  } else if (resource === 'memberships') {
    // A membership delivery's data is the whole membership object.
    if (event === 'created') await framework.onMembershipCreated(data, actorId);
    else if (event === 'updated') await framework.onMembershipUpdated(data);
    else if (event === 'deleted') await framework.onMembershipDeleted(data, actorId);
  } else if (resource === 'rooms' && (event === 'created' || event === 'updated')) {
    const room = await api.rooms.get(data.id);
    if (event === 'created') await framework.onRoomCreated(room);
    else await framework.onRoomUpdated(room);
  }
}
