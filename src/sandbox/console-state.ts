import type { EmuMessage } from '../emulator/index.js';
import { validateCard } from '../cards/validate-card.js';
import type { WorldList, WorldPerson } from './emulator-control.js';
import type { SandboxWorld } from './sandbox-world.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

export interface ConsolePerson {
  email: string;
  name: string;
  /** `Olga Officer (officer)`, `Eve Outsider (external)`: what the Post as select shows. */
  label: string;
  officer: boolean;
  external: boolean;
  bot: boolean;
}

export interface ConsoleMessage {
  id: string;
  author: string;
  authorEmail: string;
  created: string;
  text?: string;
  files: Array<{ id: string; name: string }>;
  card?: unknown;
  /** Why Webex would not render the card as written (empty when it would). */
  cardProblems: string[];
  deleted: boolean;
  replies: ConsoleMessage[];
}

export interface ConsoleState {
  people: ConsolePerson[];
  rooms: Array<{ id: string; title: string }>;
  room?: { id: string; title: string; members: Array<{ email: string; name: string; external: boolean }>; messages: ConsoleMessage[] };
}

function personOf(world: WorldList, p: WorldPerson, officers: readonly string[]): ConsolePerson {
  const email = p.emails[0] ?? '';
  const officer = officers.includes(email);
  const external = p.orgId !== world.mainOrgId;
  const tags = [officer ? 'officer' : undefined, external ? 'external' : undefined, p.type === 'bot' ? 'bot' : undefined].filter(Boolean);
  return { email, name: p.displayName, label: tags.length ? `${p.displayName} (${tags.join(', ')})` : p.displayName, officer, external, bot: p.type === 'bot' };
}

function fileId(url: string): string {
  return url.split('/').pop() ?? url;
}

/** What the page shows: everyone, the spaces of the person chosen, and the chosen space's messages. */
export async function consoleState(w: SandboxWorld, as: string | undefined, roomId: string | undefined): Promise<ConsoleState> {
  const world = await w.control.world();
  const fileNames = new Map(world.files.map((f) => [f.id, f.name]));
  const people = world.people.map((p) => personOf(world, p, w.demo.officerEmails)).filter((p) => !p.bot);
  const me = world.people.find((p) => p.emails[0] === as);
  const mine = new Set(world.memberships.filter((m) => m.personId === me?.id).map((m) => m.roomId));
  const rooms = world.rooms.filter((r) => mine.has(r.id) && r.type === 'group').map((r) => ({ id: r.id, title: r.title }));
  const chosen = rooms.find((r) => r.id === roomId);
  if (!chosen) return { people, rooms };
  const byId = new Map(world.people.map((p) => [p.id, p]));
  const view = (m: EmuMessage): ConsoleMessage => {
    const card = m.attachments?.find((a) => a.contentType === CARD)?.content;
    return {
      id: m.id,
      author: byId.get(m.personId)?.displayName ?? m.personEmail,
      authorEmail: m.personEmail,
      created: m.created,
      ...(m.deleted ? {} : { text: m.text ?? m.markdown ?? '' }),
      files: m.deleted ? [] : (m.files ?? []).map((u) => ({ id: fileId(u), name: fileNames.get(fileId(u)) ?? 'file' })),
      ...(card !== undefined && !m.deleted ? { card } : {}),
      cardProblems: card !== undefined && !m.deleted ? validateCard(card) : [],
      deleted: m.deleted !== undefined,
      replies: [],
    };
  };
  const oldestFirst = [...w.emu.messagesIn(chosen.id)].reverse();
  const roots = new Map<string, ConsoleMessage>();
  const messages: ConsoleMessage[] = [];
  for (const m of oldestFirst) {
    const v = view(m);
    const parent = m.parentId ? roots.get(m.parentId) : undefined;
    if (parent) parent.replies.push(v);
    else {
      roots.set(m.id, v);
      messages.push(v);
    }
  }
  const members = world.memberships
    .filter((m) => m.roomId === chosen.id)
    .map((m) => ({ email: m.personEmail, name: m.personDisplayName, external: m.personOrgId !== world.mainOrgId }));
  return { people, rooms, room: { ...chosen, members, messages } };
}
