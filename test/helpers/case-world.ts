import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { alertIdOf, cardMessageId, mark, startWorld, type CardPost, type World } from './warden-world.js';
import { waitFor } from './wait-for.js';

export const CAROL = 'carol@acme.example';

/** A world with two officers (the standard one and Carol) and Bob, who is not one, in the subscribed alert space. */
export async function caseWorld(extraEnv: Record<string, string> = {}): Promise<World> {
  const { officer, bob } = STANDARD_EMAILS;
  const world = await startWorld({ OFFICER_EMAILS: `${officer},${CAROL}`, ...extraEnv });
  world.emu.addPerson({ email: CAROL, displayName: 'Carol Checker', token: 'carol-token', label: 'carol' });
  world.emu.addMember(officer, world.alertRoom.id, CAROL);
  world.emu.addMember(officer, world.alertRoom.id, bob);
  await world.say(officer, world.alertRoom.id, 'subscribe');
  return world;
}

export interface PostedAlert {
  post: CardPost;
  cardId: string;
  alertId: string;
  caseId: string;
  messageId: string;
  roomId: string;
}

/** The short case id a card shows (`Case 7QX4`). */
export function caseIdOf(card: Record<string, unknown>): string {
  const found = JSON.stringify(card).match(/Case ([0-9A-Z]{4})/);
  if (!found) throw new Error('the card shows no case id');
  return found[1]!;
}

/** `author` posts `text` in a new group space (or `roomId`); resolves with its alert card. */
export async function postAndAlert(world: World, text: string, author: string = STANDARD_EMAILS.alice, roomId?: string): Promise<PostedAlert> {
  const since = mark(world.emu);
  const room = roomId ?? world.emu.addRoom({ title: 'Payments', creator: author, members: [STANDARD_EMAILS.bob] }).id;
  const message = world.emu.postMessage(author, { roomId: room, text });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  return { post: post!, cardId: cardMessageId(world, post!), alertId: alertIdOf(post!.card), caseId: caseIdOf(post!.card), messageId: message.id, roomId: room };
}

/** Presses a button of the alert's card as `email` and resolves with the answer in its thread. */
export async function pressOn(world: World, email: string, alert: PostedAlert, verb: string, inputs: Record<string, unknown> = {}): Promise<string> {
  const before = world.replyCalls(alert.cardId).length;
  world.emu.pressCard(email, alert.cardId, { alertId: alert.alertId, verb, ...inputs });
  const replies = await waitFor('the answer in the thread', () => (world.replyCalls(alert.cardId).length > before ? world.replyCalls(alert.cardId) : undefined));
  return (replies[before]!.body as { markdown: string }).markdown;
}

/** The bot's 1:1 messages (POST /messages with toPersonId or toPersonEmail) after `since`. */
export function directMessages(world: World, since = 0) {
  return world.emu
    .callsTo('POST', '/messages', 'bot')
    .filter((c) => c.seq > since)
    .map((c) => ({ status: c.status, body: c.body as { toPersonId?: string; toPersonEmail?: string; markdown?: string } }))
    .filter((c) => c.body.toPersonId !== undefined || c.body.toPersonEmail !== undefined);
}
