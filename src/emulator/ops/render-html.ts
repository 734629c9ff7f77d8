import { mentionTag, type Mention } from './mentions.js';

/** HTML-escapes text as Webex does in `html` (`&`, `<`, `>`, `"`). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Webex's `html` for text and mentions, wrapped in `<p>` as the Webex clients and the API write
 * it (real captures: `<p><spark-mention …>Warden</spark-mention> hello</p>`). Line breaks are
 * `<br/>`; `inline` formats the text parts (markdown) or leaves them as typed (the app).
 */
export function renderHtml(parts: ReadonlyArray<string | Mention>, inline: (escaped: string) => string = (s) => s): string {
  const PH = '\u0000';
  const mentions: Mention[] = [];
  const flat = parts.map((p) => (typeof p === 'string' ? p : `${PH}${mentions.push(p) - 1}${PH}`)).join('');
  const paragraphs = flat.split(/\n{2,}/).map((para) => inline(escapeHtml(para)).replace(/\n/g, '<br/>'));
  return paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')
    .replace(new RegExp(`${PH}(\\d+)${PH}`, 'g'), (_all, i: string) => mentionTag(mentions[Number(i)]!, escapeHtml));
}

/**
 * The small part of Webex's markdown the emulator renders (what bots and tests post): code,
 * bold, italics and links. Webex renders markdown to `html` on every markdown post (SPEC-MSG
 * ListMessage.html: "used by the Webex clients"); the exact markup of other constructs is not
 * something Warden reads, so a full markdown engine would add a dependency for nothing.
 */
export function markdownInline(escaped: string): string {
  return escaped
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1<em>$2</em>')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" rel="nofollow">$1</a>');
}
