import { alertFacts } from './alert-facts.js';
import { escapeMarkdown } from './escape-markdown.js';
import { truncateBytes } from './truncate-bytes.js';
import type { AlertView } from './types.js';

/** Webex's limit for a message's `markdown` field (webex-api.md §3). */
export const MARKDOWN_MAX_BYTES = 7439;

function line(label: string, value: string | undefined): string[] {
  return value === undefined ? [] : [`**${label}:** ${value}`];
}

function list(items: string[], more: string | undefined): string | undefined {
  if (items.length === 0) return undefined;
  return [...items.map(escapeMarkdown), ...(more ? [more] : [])].join('; ');
}

/** The plain fallback shown by clients that cannot render cards: same facts, same masked values. */
export function alertMarkdown(view: AlertView): string {
  const f = alertFacts(view);
  const accesses = f.accesses.map((a) => `${a.who} (${a.how})`);
  const lines = [
    `**Warden alert: ${f.severity.toUpperCase()} — ${escapeMarkdown(f.title)}**`,
    ...line('Case', view.caseId),
    ...line('Rule', `${escapeMarkdown(f.rule)} (severity ${f.severity})`),
    ...line('Space', f.space === undefined ? undefined : escapeMarkdown(f.space)),
    ...line('Classification', f.classification === undefined ? undefined : escapeMarkdown(f.classification)),
    ...line('Recording', f.recordingTopic === undefined ? undefined : escapeMarkdown(f.recordingTopic)),
    ...line('Meeting', f.meetingTopic === undefined ? undefined : escapeMarkdown(f.meetingTopic)),
    ...line('Host', f.meetingHost === undefined ? undefined : escapeMarkdown(f.meetingHost)),
    ...line(f.whoLabel ?? 'Who', f.who === undefined ? undefined : escapeMarkdown(f.who)),
    ...line('When', escapeMarkdown(f.when)),
    ...line(`External members (${f.externalsTotal})`, list(f.externals, f.externalsMore)),
    ...line('Accessed by', list(accesses, f.accessesMore)),
    ...line('Evidence', list(f.evidence, f.evidenceMore)),
    ...line('Where', list(f.where, f.whereMore)),
    ...line('Excerpt', f.excerpt === undefined ? undefined : escapeMarkdown(f.excerpt)),
    ...line('In files', list(f.places.map((p) => (p.excerpt ? `${p.text}: ${p.excerpt}` : p.text)), f.placesMore)),
    'Open this alert in a Webex app that shows cards to act on it.',
  ];
  return truncateBytes(lines.join('  \n'), MARKDOWN_MAX_BYTES);
}
