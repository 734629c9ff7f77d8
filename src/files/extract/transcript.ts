import type { Sink } from './sink.js';

/**
 * A transcript's text download read as passages: who spoke, when, what they said. Webex's
 * reference fixes neither the txt nor the vtt layout in detail (webex-api.md §14), so both shapes
 * seen are read: a txt block opens with `Speaker Name 00:12:05` and the words follow; a WebVTT
 * cue has a `00:12:05.000 --> …` line and the words as `Speaker Name: text`. Anything else is kept
 * as words of the passage before it, so nothing of the text escapes the rules.
 */
export interface Passage {
  speaker?: string;
  /** `HH:MM:SS` from the start of the meeting. */
  offset?: string;
  text: string;
}

const TXT_HEAD = /^(.{1,120}?)\s+(\d{1,2}:\d{2}:\d{2})\s*$/;
const VTT_TIME = /^(\d{1,2}:\d{2}:\d{2})(?:\.\d+)?\s+-->\s+/;
const VTT_SPEAKER = /^([^:]{1,120}):\s+(.*)$/;

/** At most this many passages are kept per transcript; longer texts are joined into the last. */
export const MAX_PASSAGES = 20_000;

function clockOf(offset: string): string {
  const [h = '0', m = '00', s = '00'] = offset.split(':');
  return `${h.padStart(2, '0')}:${m}:${s}`;
}

export function transcriptPassages(text: string): Passage[] {
  const out: Passage[] = [];
  let current: Passage | undefined;
  let vttTime: string | undefined;
  const start = (p: Passage): void => {
    if (out.length >= MAX_PASSAGES && current) return;
    current = p;
    out.push(p);
  };
  const add = (words: string): void => {
    if (!current) start({ text: '' });
    current!.text = current!.text ? `${current!.text}\n${words}` : words;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line === 'WEBVTT' || /^\d+$/.test(line) || /^NOTE\b/.test(line)) continue;
    const time = VTT_TIME.exec(line);
    if (time) {
      vttTime = clockOf(time[1]!);
      continue;
    }
    if (vttTime !== undefined) {
      const said = VTT_SPEAKER.exec(line);
      start({ ...(said ? { speaker: said[1]!.trim() } : {}), offset: vttTime, text: said ? said[2]! : line });
      vttTime = undefined;
      continue;
    }
    const head = TXT_HEAD.exec(line);
    if (head) {
      start({ speaker: head[1]!.trim(), offset: clockOf(head[2]!), text: '' });
      continue;
    }
    add(line);
  }
  return out.filter((p) => p.text !== '');
}

/** Where a passage stands, as a card says it: `Alice Example at 00:12:05`. */
export function whereOf(p: Passage): string {
  if (p.speaker && p.offset) return `${p.speaker} at ${p.offset}`;
  return p.speaker ?? (p.offset ? `at ${p.offset}` : 'in the transcript');
}

/** A transcript as segments for the scanner: a passage each, named by who spoke and when. */
export function transcriptSegments(text: string, sink: Sink): void {
  for (const p of transcriptPassages(text)) sink.add({ where: whereOf(p), text: p.text });
}
