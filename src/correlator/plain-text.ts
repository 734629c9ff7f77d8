/**
 * The plain text of a message: `text` when Webex gave one, else its markdown (or html) with the
 * markup taken off. Only markup that wraps words is removed: underscores and asterisks inside a
 * word belong to it (`sk_live_…` keys, file names), and digits and dashes are never touched, so
 * what a detector looks for survives.
 */
export function plainText(message: { text?: unknown; markdown?: unknown; html?: unknown }): string | undefined {
  if (typeof message.text === 'string' && message.text !== '') return message.text;
  if (typeof message.markdown === 'string') return stripMarkdown(message.markdown);
  if (typeof message.html === 'string') return decodeEntities(stripTags(message.html)).trim();
  return undefined;
}

/**
 * Webex mentions (`<@personEmail:a@b.example|Alice>` in markdown, `<spark-mention …>Alice</spark-mention>`
 * in html) read as the name; a paragraph or line break is a newline; other tags go.
 */
function stripTags(s: string): string {
  return s
    .replace(/<@[a-z]+:[^|>]*\|([^>]*)>/gi, '$1')
    .replace(/<@(all|here)>/gi, '$1')
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi, '');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function stripMarkdown(md: string): string {
  return stripTags(md)
    .replace(/^\s{0,3}```[^\n]*$/gm, '')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/!?\[([^\]\n]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/^\s{0,3}(#{1,6}|>+)\s?/gm, '')
    .replace(/(^|[^\w*~])(\*\*|__|~~)(?=\S)([^\n]*?\S)\2(?![\w*~])/g, '$1$3')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?![\w*])/g, '$1$3');
}
