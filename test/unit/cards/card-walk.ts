/** Walks a rendered card the way a client would read it: buttons and visible text. */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Every action of a card, nested ShowCard cards included. */
export function allActions(card: Json): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) found.push(node);
    for (const [key, value] of Object.entries(node)) if (key !== 'data') visit(value);
  };
  visit(card);
  return found;
}

/** Every visible string: TextBlock texts and fact titles and values, in document order. */
export function allTexts(card: Json): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (node.type === 'TextBlock' && typeof node.text === 'string') found.push(node.text);
    for (const fact of list(node.facts)) found.push(String(fact.title), String(fact.value));
    for (const [key, value] of Object.entries(node)) if (key !== 'data') visit(value);
  };
  visit(card);
  return found;
}

/** What a CommonMark renderer shows for escaped text: escapes and zero-width spaces removed. */
export function shown(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\\([\\`*_~[\]<>#+\-=|.)])/g, '$1');
}
