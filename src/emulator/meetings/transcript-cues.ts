import type { TranscriptCue } from './types.js';

/** `Alice Archer 00:14:32`: a passage's speaker and its offset, the head line of the txt download. */
const HEAD = /^(.+?)\s+(\d{1,2}):([0-5]\d):([0-5]\d)$/;

/**
 * The cues of a transcript written in the layout `transcriptText(t, 'txt')` serves: passages
 * separated by a blank line, each a `Speaker hh:mm:ss` line then what was said. A passage
 * without that head line is said by `speaker`, at the offset of the passage before it.
 */
export function cuesFromText(text: string, speaker: string): TranscriptCue[] {
  const cues: TranscriptCue[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    const head = HEAD.exec(lines[0]!);
    const said = (head ? lines.slice(1) : lines).join(' ');
    if (said === '') continue;
    const offsetSeconds = head ? Number(head[2]) * 3600 + Number(head[3]) * 60 + Number(head[4]) : (cues.at(-1)?.offsetSeconds ?? 0);
    cues.push({ speaker: head ? head[1]! : speaker, offsetSeconds, text: said });
  }
  return cues;
}
