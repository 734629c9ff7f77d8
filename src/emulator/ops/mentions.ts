import type { World } from '../state/world.js';

const TAG = /<@(personId|personEmail):([^|>]+)(?:\|([^>]*))?>|<@(all)>/g;

export interface Mention {
  kind: 'person' | 'all';
  /** The person's id (for `all`: 'all'). */
  id: string;
  /** The name the mention reads as. */
  name: string;
}

/** The `<spark-mention>` tag Webex writes into `html` for a mention (real captures; webex-api.md §3). */
export function mentionTag(m: Mention, escape: (s: string) => string): string {
  return m.kind === 'all'
    ? `<spark-mention data-object-type="groupMention" data-group-type="all">${escape(m.name)}</spark-mention>`
    : `<spark-mention data-object-type="person" data-object-id="${escape(m.id)}">${escape(m.name)}</spark-mention>`;
}

/** A person id or email, as a person id (undefined when nobody has it). */
export function resolvePerson(world: World, v: string): string | undefined {
  return v.includes('@') ? world.personByEmail(v)?.id : world.people.get(v)?.id;
}

/**
 * Mentions as Webex reads them from markdown (`<@personId:ID|name>`, `<@personEmail:EMAIL>`,
 * `<@all>`), plus ids or emails given directly. `plain` is the markdown with each mention as its
 * name; `split` cuts the markdown into text and mentions, for rendering `html`.
 */
export function parseMentions(world: World, markdown: string | undefined, extra: string[] = []): { ids: string[]; groups: string[]; plain?: string; split?: Array<string | Mention> } {
  const ids = new Set<string>();
  const groups = new Set<string>();
  for (const v of extra) {
    const id = resolvePerson(world, v);
    if (id) ids.add(id);
  }
  if (markdown === undefined) return { ids: [...ids], groups: [] };
  const split: Array<string | Mention> = [];
  let last = 0;
  for (const m of markdown.matchAll(TAG)) {
    split.push(markdown.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[4]) {
      groups.add('all');
      split.push({ kind: 'all', id: 'all', name: 'All' });
      continue;
    }
    const value = m[2] ?? '';
    const id = m[1] === 'personEmail' || value.includes('@') ? world.personByEmail(value)?.id : world.people.get(value)?.id;
    if (id) ids.add(id);
    const name = m[3] ?? (id ? world.people.get(id)?.displayName ?? value : value);
    split.push(id ? { kind: 'person', id, name } : name);
  }
  split.push(markdown.slice(last));
  const plain = split.map((s) => (typeof s === 'string' ? s : s.name)).join('');
  return { ids: [...ids], groups: [...groups], plain, split };
}
