import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';
import type { RecordingAccessView } from '../cards/types.js';

const SHOWN = 10;

const show = (text: string, max: number): string => escapeMarkdown(cleanText(text, max));

function who(a: RecordingAccessView): string {
  const name = a.name ? `${show(a.name, 80)} ` : '';
  return `${name}**${show(a.email, 120)}**${a.external ? ' (external)' : ''} ${a.how}`;
}

/** The thread note when more people reach a recording an open alert is about; externals first. */
export function moreAccessText(topic: string, added: readonly RecordingAccessView[]): string {
  const sorted = [...added].sort((a, b) => Number(b.external) - Number(a.external));
  const lines = sorted.slice(0, SHOWN).map((a) => `- ${who(a)}`);
  const more = sorted.length > SHOWN ? [`- and ${sorted.length - SHOWN} more`] : [];
  return [`More access to the recording _${show(topic, 150)}_ since this alert:`, ...lines, ...more].join('\n');
}
