const MENTION_HTML = /<spark-mention[^>]*data-object-id="([^"]*)"[^>]*>([^<]*)<\/spark-mention>/g;

/**
 * The names the bot may be mentioned by in a message's text: Webex writes the mention as the
 * name shown to the sender (the bot's display name, or a part of it the sender kept), and the
 * message's html, when present, says exactly which words the mention was.
 */
export function mentionNames(bot: { id?: string; displayName?: string }, html?: string): string[] {
  const names = new Set<string>();
  for (const m of html?.matchAll(MENTION_HTML) ?? []) {
    if (!bot.id || m[1] === bot.id) names.add(m[2]!.trim());
  }
  const display = bot.displayName?.trim();
  if (display) {
    names.add(display);
    names.add(display.split(/\s+/)[0]!);
  }
  return [...names].filter((n) => n !== '').sort((a, b) => b.length - a.length);
}

/** `Warden status` → `status`: removes a leading mention of the bot, and the comma or colon after it. */
export function stripMention(text: string, names: readonly string[]): string {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  for (const name of names) {
    if (!lower.startsWith(name.toLowerCase())) continue;
    const rest = trimmed.slice(name.length);
    if (rest === '' || /^[\s,:]/.test(rest)) return rest.replace(/^[\s,:]+/, '').trim();
  }
  return trimmed;
}
