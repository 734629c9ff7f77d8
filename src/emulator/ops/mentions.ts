import type { World } from '../state/world.js';

const TAG = /<@(personId|personEmail):([^|>]+)(?:\|([^>]*))?>/g;

/**
 * Mentions as Webex reads them from markdown (`<@personId:ID|name>`, `<@personEmail:EMAIL>`),
 * plus ids or emails given directly. Returns person ids and the plain text with names inlined.
 */
export function parseMentions(world: World, markdown: string | undefined, extra: string[] = []): { ids: string[]; plain?: string } {
  const ids = new Set<string>();
  const resolve = (kind: string, value: string): string | undefined =>
    kind === 'personEmail' || value.includes('@') ? world.personByEmail(value)?.id : world.people.get(value)?.id;
  for (const v of extra) {
    const id = resolve(v.includes('@') ? 'personEmail' : 'personId', v);
    if (id) ids.add(id);
  }
  if (markdown === undefined) return { ids: [...ids] };
  const plain = markdown.replace(TAG, (_all, kind: string, value: string, name?: string) => {
    const id = resolve(kind, value);
    if (id) ids.add(id);
    return name ?? (id ? world.people.get(id)?.displayName ?? value : value);
  });
  return { ids: [...ids], plain };
}
