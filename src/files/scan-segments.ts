import type { Finding, FilePlace } from '../policies/types.js';
import type { FileLimits } from './limits.js';
import { packSegments, segmentCount, segmentStart, spanText, type SegmentBatch } from './segment-batch.js';
import type { Segment } from './types.js';

/** The engine over one piece of text (the message's event with that text). */
export type EvaluateText = (text: string) => Finding[];

const fires = (evaluate: EvaluateText, text: string, rule: string): Finding | undefined => evaluate(text).find((f) => f.rule === rule);

/** The first segment of `from`..`to` that fires `rule` on its own, by halving (log n evaluations). */
function firstSegment(evaluate: EvaluateText, b: SegmentBatch, from: number, to: number, rule: string): number {
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (fires(evaluate, spanText(b, lo, mid), rule)) hi = mid;
    else {
      // Found only across the boundary of two segments: the first of them names it.
      if (!fires(evaluate, spanText(b, mid, hi), rule)) return mid - 1;
      lo = mid;
    }
  }
  return lo;
}

/** The finest place in a segment: the first part (a cell, a line) that fires alone, else the segment. */
function placeIn(evaluate: EvaluateText, b: SegmentBatch, i: number, rule: string, file: string): FilePlace {
  const end = b.ends[i]!;
  const last = b.partFirst[i + 1]!;
  for (let p = b.partFirst[i]!; p < last; p++) {
    const found = fires(evaluate, b.text.slice(b.partStarts[p], p + 1 < last ? b.partStarts[p + 1] : end), rule);
    if (found) return { file, where: `${b.partLabels[i]}${b.partNames[p]}`, ...(found.excerpt ? { excerpt: found.excerpt } : {}) };
  }
  const found = fires(evaluate, b.text.slice(segmentStart(b, i), end), rule);
  return { file, where: b.wheres[i]!, ...(found?.excerpt ? { excerpt: found.excerpt } : {}) };
}

/** Gives the event loop back between chunks: scanning a large file never holds it. */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface SegmentScanner {
  /** Scans a batch of segments (batch after batch as they come), a chunk at a time. */
  add(batch: SegmentBatch): Promise<void>;
  /** The findings, once every batch has been added. */
  finish(): Finding[];
}

/**
 * Runs the policies over a file's text in chunks of about scanChunkChars (whole segments, so a
 * value in one cell or line is never cut; a chunk is one slice of the batch's text, nothing is
 * copied), one finding per rule; where a rule fired is then narrowed to the segment and the part
 * (cell, line) for the card, for the first few places. The event loop is given back after each chunk.
 */
export function createSegmentScanner(file: string, evaluate: EvaluateText, limits: FileLimits): SegmentScanner {
  const byRule = new Map<string, Finding & { places: FilePlace[] }>();
  const scan = (b: SegmentBatch, from: number, to: number): void => {
    for (const f of evaluate(spanText(b, from, to))) {
      const seen = byRule.get(f.rule) ?? { rule: f.rule, title: f.title, severity: f.severity, evidence: [], places: [] };
      seen.evidence.push(...f.evidence.filter((e) => !seen.evidence.includes(e)));
      if (seen.places.length < limits.maxPlacesPerRule) seen.places.push(placeIn(evaluate, b, firstSegment(evaluate, b, from, to, f.rule), f.rule, file));
      byRule.set(f.rule, seen);
    }
  };
  return {
    async add(b) {
      const n = segmentCount(b);
      let from = 0;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        if (b.ends[i]! - segmentStart(b, from) + 1 < limits.scanChunkChars && !last) continue;
        scan(b, from, i + 1);
        from = i + 1;
        if (!last) await yieldToLoop();
      }
      await yieldToLoop();
    },
    finish() {
      return [...byRule.values()];
    },
  };
}

/** A file's segments at once (tests, and segments made in this thread). */
export async function scanSegments(segments: readonly Segment[], file: string, evaluate: EvaluateText, limits: FileLimits): Promise<Finding[]> {
  const scanner = createSegmentScanner(file, evaluate, limits);
  if (segments.length > 0) await scanner.add(packSegments(segments));
  return scanner.finish();
}
