import type { Finding, FilePlace } from '../policies/types.js';
import { MAX_SCANNED } from '../policies/scan/scanned-text.js';
import type { FileLimits } from './limits.js';
import { packSegments, partWhere, segmentCount, segmentStart, spanText, whereOf, type SegmentBatch } from './segment-batch.js';
import type { Segment } from './types.js';

/** The engine over one piece of text (the message's event with that text). */
export type EvaluateText = (text: string) => Finding[];

/** Characters two windows over one long text share, so a value on the border is whole in one of them. */
const WINDOW_OVERLAP = 512;

/**
 * The engine over a text of any length: the detectors read at most MAX_SCANNED characters of a
 * text (their bound for a message), so a longer one (a long page, a transcript's last passage)
 * is read in overlapping windows of that size, their findings joined per rule.
 */
function windowed(evaluate: EvaluateText): EvaluateText {
  const step = MAX_SCANNED - WINDOW_OVERLAP;
  return (text) => {
    if (text.length <= MAX_SCANNED) return evaluate(text);
    const byRule = new Map<string, Finding>();
    for (let at = 0; at < text.length; at += step) {
      for (const f of evaluate(text.slice(at, at + MAX_SCANNED))) {
        const seen = byRule.get(f.rule);
        if (!seen) byRule.set(f.rule, { ...f, evidence: [...f.evidence] });
        else seen.evidence.push(...f.evidence.filter((e) => !seen.evidence.includes(e)));
      }
      if (at + MAX_SCANNED >= text.length) break;
    }
    return [...byRule.values()];
  };
}

const fires = (evaluate: EvaluateText, text: string, rule: string): Finding | undefined => evaluate(text).find((f) => f.rule === rule);

/**
 * The segments of `from`..`to` (a span that fires `rule`) that fire it on their own, first ones
 * first, at most `max`, by halving: each find costs about log n evaluations. A find made only
 * across the boundary of two segments is named by the first of them.
 */
function firingSegments(evaluate: EvaluateText, b: SegmentBatch, from: number, to: number, rule: string, max: number, out: number[] = []): number[] {
  if (out.length >= max) return out;
  if (to - from === 1) {
    out.push(from);
    return out;
  }
  const mid = from + Math.ceil((to - from) / 2);
  const left = fires(evaluate, spanText(b, from, mid), rule) !== undefined;
  if (left) firingSegments(evaluate, b, from, mid, rule, max, out);
  if (out.length >= max) return out;
  if (fires(evaluate, spanText(b, mid, to), rule)) firingSegments(evaluate, b, mid, to, rule, max, out);
  else if (!left) out.push(mid - 1);
  return out;
}

/** The finest place in a segment: the first part (a cell, a line) that fires alone, else the segment. */
function placeIn(evaluate: EvaluateText, b: SegmentBatch, i: number, rule: string, file: string): FilePlace {
  const end = b.ends[i]!;
  const last = b.partFirst[i + 1]!;
  for (let p = b.partFirst[i]!; p < last; p++) {
    const found = fires(evaluate, b.text.slice(b.partStarts[p], p + 1 < last ? b.partStarts[p + 1] : end), rule);
    if (found) return { file, where: partWhere(b, i, p), ...(found.excerpt ? { excerpt: found.excerpt } : {}) };
  }
  const found = fires(evaluate, b.text.slice(segmentStart(b, i), end), rule);
  return { file, where: whereOf(b, i), ...(found?.excerpt ? { excerpt: found.excerpt } : {}) };
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
export function createSegmentScanner(file: string, evaluateText: EvaluateText, limits: FileLimits): SegmentScanner {
  const evaluate = windowed(evaluateText);
  const byRule = new Map<string, Finding & { places: FilePlace[] }>();
  const scan = async (b: SegmentBatch, from: number, to: number): Promise<void> => {
    for (const f of evaluate(spanText(b, from, to))) {
      const seen = byRule.get(f.rule) ?? { rule: f.rule, title: f.title, severity: f.severity, evidence: [], places: [] };
      byRule.set(f.rule, seen);
      seen.evidence.push(...f.evidence.filter((e) => !seen.evidence.includes(e)));
      const room = limits.maxPlacesPerRule - seen.places.length;
      if (room <= 0) continue;
      // Narrowing a chunk to its cells costs evaluations of its parts: the loop is given back first.
      await yieldToLoop();
      for (const i of firingSegments(evaluate, b, from, to, f.rule, room)) seen.places.push(placeIn(evaluate, b, i, f.rule, file));
    }
  };
  return {
    async add(b) {
      const n = segmentCount(b);
      let from = 0;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        if (b.ends[i]! - segmentStart(b, from) + 1 < limits.scanChunkChars && !last) continue;
        await scan(b, from, i + 1);
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
