import type { World } from '../state/world.js';
import type { EmuRoom } from '../types.js';
import { resolvePerson, type Mention } from './mentions.js';
import { renderHtml } from './render-html.js';

export interface AppContent {
  text: string;
  html: string;
  mentionedPeople: string[];
  mentionedGroups: string[];
}

interface Candidate {
  name: string;
  mention: Mention;
}

/**
 * What the Webex app sends for a typed message (real captures of app messages to bots): the
 * user picks `@Name`, the app writes the bare name into `text`, a `<spark-mention>` tag into
 * `html` (inside `<p>`, the rest HTML-escaped), the ids into `mentionedPeople`, and no
 * `markdown`. `@All` is the group mention. A person is named by their display name or its first
 * word (users often shorten a mention to it). With `mentions`, only those people are mentions;
 * without, any member of the space (other than the author) whose name follows an `@`.
 */
export function appContent(world: World, room: EmuRoom, authorId: string, typed: string, mentions?: string[]): AppContent {
  const people = mentions
    ? mentions.map((v) => resolvePerson(world, v)).filter((id): id is string => id !== undefined)
    : world.roomMemberships(room.id).map((m) => m.personId).filter((id) => id !== authorId);
  const candidates = candidatesOf(world, people);
  const parts: Array<string | Mention> = [];
  const ids = new Set<string>(mentions ? people : []);
  const groups = new Set<string>();
  let plain = '';
  let i = 0;
  while (i < typed.length) {
    const found = typed[i] === '@' && (i === 0 || /[\s(["']/.test(typed[i - 1]!)) ? matchAt(typed, i + 1, candidates) : undefined;
    if (!found) {
      plain += typed[i];
      i += 1;
      continue;
    }
    parts.push(plain, found.mention);
    plain = '';
    if (found.mention.kind === 'all') groups.add('all');
    else ids.add(found.mention.id);
    i += 1 + found.name.length;
  }
  parts.push(plain);
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p.name)).join(''),
    html: renderHtml(parts),
    mentionedPeople: [...ids],
    mentionedGroups: [...groups],
  };
}

function candidatesOf(world: World, ids: string[]): Candidate[] {
  const out: Candidate[] = [{ name: 'All', mention: { kind: 'all', id: 'all', name: 'All' } }];
  for (const id of new Set(ids)) {
    const display = world.people.get(id)?.displayName.trim();
    if (!display) continue;
    for (const name of new Set([display, display.split(/\s+/)[0]!])) out.push({ name, mention: { kind: 'person', id, name } });
  }
  // The longest name first, so `@Alice Archer` is not read as `@Alice` followed by text.
  return out.sort((a, b) => b.name.length - a.name.length);
}

function matchAt(text: string, at: number, candidates: Candidate[]): Candidate | undefined {
  const rest = text.slice(at).toLowerCase();
  return candidates.find((c) => rest.startsWith(c.name.toLowerCase()) && !/^\w/.test(rest.slice(c.name.length)));
}
