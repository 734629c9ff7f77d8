import type { Finding, FilePlace } from '../policies/types.js';
import type { FileLimits } from './limits.js';
import type { Segment } from './types.js';

/** The engine over one piece of text (the message's event with that text). */
export type EvaluateText = (text: string) => Finding[];

const joined = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('\n');
const fires = (evaluate: EvaluateText, text: string, rule: string): Finding | undefined => evaluate(text).find((f) => f.rule === rule);

/** The first segment of a chunk that fires `rule` on its own, by halving (log n evaluations). */
function firstSegment(evaluate: EvaluateText, chunk: readonly Segment[], rule: string): Segment | undefined {
  let span = chunk;
  while (span.length > 1) {
    const half = Math.ceil(span.length / 2);
    const left = span.slice(0, half);
    if (fires(evaluate, joined(left), rule)) span = left;
    else {
      const right = span.slice(half);
      // Found only across the boundary of two segments: the first of them names it.
      if (!fires(evaluate, joined(right), rule)) return span[half - 1];
      span = right;
    }
  }
  return span[0];
}

/** The finest place in a segment: the first part (a cell, a line) that fires alone, else the segment. */
function placeIn(evaluate: EvaluateText, segment: Segment, rule: string, file: string): FilePlace {
  const parts = segment.parts;
  if (parts) {
    for (let i = 0; i < parts.starts.length; i++) {
      const text = segment.text.slice(parts.starts[i], parts.starts[i + 1] ?? segment.text.length);
      const found = fires(evaluate, text, rule);
      if (found) return { file, where: parts.wheres[i] ?? segment.where, ...(found.excerpt ? { excerpt: found.excerpt } : {}) };
    }
  }
  const found = fires(evaluate, segment.text, rule);
  return { file, where: segment.where, ...(found?.excerpt ? { excerpt: found.excerpt } : {}) };
}

/** Gives the event loop back between chunks: scanning a large file never holds it. */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface SegmentScanner {
  /** Scans segments as they come (batch after batch), keeping no more than one chunk of text. */
  add(segments: readonly Segment[]): Promise<void>;
  /** The findings, once every segment has been added. */
  finish(): Finding[];
}

/**
 * Runs the policies over a file's text in chunks of about scanChunkChars (whole segments, so a
 * value in one cell or line is never cut), one finding per rule; where a rule fired is then
 * narrowed to the segment and the part (cell, line) for the card, for the first few places.
 * The event loop is given back after each chunk.
 */
export function createSegmentScanner(file: string, evaluate: EvaluateText, limits: FileLimits): SegmentScanner {
  const byRule = new Map<string, Finding & { places: FilePlace[] }>();
  let chunk: Segment[] = [];
  let chars = 0;
  const scan = (): void => {
    for (const f of evaluate(joined(chunk))) {
      const seen = byRule.get(f.rule) ?? { rule: f.rule, title: f.title, severity: f.severity, evidence: [], places: [] };
      seen.evidence.push(...f.evidence.filter((e) => !seen.evidence.includes(e)));
      if (seen.places.length < limits.maxPlacesPerRule) {
        const segment = firstSegment(evaluate, chunk, f.rule);
        if (segment) seen.places.push(placeIn(evaluate, segment, f.rule, file));
      }
      byRule.set(f.rule, seen);
    }
    chunk = [];
    chars = 0;
  };
  return {
    async add(segments) {
      for (const segment of segments) {
        chunk.push(segment);
        chars += segment.text.length + 1;
        if (chars >= limits.scanChunkChars) {
          scan();
          await yieldToLoop();
        }
      }
    },
    finish() {
      if (chunk.length > 0) scan();
      return [...byRule.values()];
    },
  };
}

/** All of a file's segments at once (tests, the benchmark's baseline). */
export async function scanSegments(segments: readonly Segment[], file: string, evaluate: EvaluateText, limits: FileLimits): Promise<Finding[]> {
  const scanner = createSegmentScanner(file, evaluate, limits);
  await scanner.add(segments);
  return scanner.finish();
}
