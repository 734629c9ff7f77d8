/**
 * What the Webex app sends for a typed `@Name`: the text with the name (the `@` dropped) and the
 * mentioned person's id. `@` followed by a member's display name, or by its first word, is a
 * mention; the longest name wins.
 */
export function mentionsIn(typed: string, members: ReadonlyArray<{ id: string; name: string }>): { text: string; mentions: string[] } {
  const names = members
    .flatMap((m) => [{ id: m.id, name: m.name }, { id: m.id, name: m.name.split(/\s+/)[0] ?? m.name }])
    .filter((n) => n.name !== '')
    .sort((a, b) => b.name.length - a.name.length);
  const mentions = new Set<string>();
  let text = '';
  for (let i = 0; i < typed.length; i++) {
    const ch = typed[i];
    const startsWord = i === 0 || /\s/.test(typed[i - 1]!);
    if (ch === '@' && startsWord) {
      const rest = typed.slice(i + 1);
      const hit = names.find((n) => rest.toLowerCase().startsWith(n.name.toLowerCase()) && !/[\p{L}\p{N}]/u.test(rest[n.name.length] ?? ''));
      if (hit) {
        mentions.add(hit.id);
        text += rest.slice(0, hit.name.length);
        i += hit.name.length;
        continue;
      }
    }
    text += ch;
  }
  return { text: text.trim(), mentions: [...mentions] };
}
