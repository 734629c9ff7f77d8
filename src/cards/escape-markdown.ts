/** Inline markdown syntax, and `<`/`>` which Webex also reads as mentions such as `<@all>`. */
const INLINE = /[\\`*_~[\]<>]/g;
/** What turns the start of a line into a heading, quote, list or rule. */
const LEADING = /^(\s*)([#+\-=|]|\d+(?=[.)]))/;

/**
 * Makes user-controlled text (space titles, names, excerpts) show literally where markdown is
 * rendered: card TextBlocks and the fallback message. Expects one line (see cleanText).
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE, '\\$&');
  return inline.replace(LEADING, (_all, space: string, marker: string) => `${space}${/^\d/.test(marker) ? marker + '\\' : '\\' + marker}`);
}
