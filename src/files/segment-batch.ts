import type { Segment } from './types.js';

/**
 * Segments as the extraction worker posts them: one string and a few arrays instead of thousands
 * of small objects, so a post costs a copy of its text and not a walk of an object graph on
 * either thread. Segment i is `text.slice(start(i), ends[i])`; the segments are joined by '\n',
 * so a run of them is one slice of `text`, which is what the scanner evaluates.
 */
export interface SegmentBatch {
  text: string;
  ends: Uint32Array;
  wheres: string[];
  /** Segment i's parts are partFirst[i] up to partFirst[i + 1]; none when those are equal. */
  partFirst: Uint32Array;
  /** Where each part starts in `text`. */
  partStarts: Uint32Array;
  /** A part is named `partLabels[segment] + partNames[part]` (`sheet "Keys", cell ` + `B3`). */
  partNames: string[];
  partLabels: string[];
}

export const segmentCount = (b: SegmentBatch): number => b.ends.length;
export const segmentStart = (b: SegmentBatch, i: number): number => (i === 0 ? 0 : b.ends[i - 1]! + 1);

/** The text of segments `from` up to `to` (exclusive), joined by '\n'. */
export const spanText = (b: SegmentBatch, from: number, to: number): string => b.text.slice(segmentStart(b, from), b.ends[to - 1]);

export interface BatchBuilder {
  add(segment: Segment): void;
  /** Characters added since the last build. */
  readonly chars: number;
  readonly count: number;
  /** The batch and the buffers to transfer with it; the builder starts empty again. */
  build(): { batch: SegmentBatch; transfer: ArrayBuffer[] };
}

export function createBatchBuilder(): BatchBuilder {
  let texts: string[] = [];
  let ends: number[] = [];
  let wheres: string[] = [];
  let partFirst: number[] = [0];
  let partStarts: number[] = [];
  let partNames: string[] = [];
  let partLabels: string[] = [];
  let at = 0;
  return {
    add(segment) {
      const start = at;
      texts.push(segment.text);
      at += segment.text.length;
      ends.push(at);
      at += 1;
      wheres.push(segment.where);
      const parts = segment.parts;
      partLabels.push(parts?.label ?? '');
      if (parts) {
        for (let p = 0; p < parts.starts.length; p++) {
          partStarts.push(start + parts.starts[p]!);
          partNames.push(parts.names[p] ?? '');
        }
      }
      partFirst.push(partNames.length);
    },
    get chars() {
      return at;
    },
    get count() {
      return ends.length;
    },
    build() {
      const batch: SegmentBatch = {
        text: texts.join('\n'),
        ends: Uint32Array.from(ends),
        wheres,
        partFirst: Uint32Array.from(partFirst),
        partStarts: Uint32Array.from(partStarts),
        partNames,
        partLabels,
      };
      texts = [];
      ends = [];
      wheres = [];
      partFirst = [0];
      partStarts = [];
      partNames = [];
      partLabels = [];
      at = 0;
      return { batch, transfer: [batch.ends.buffer, batch.partFirst.buffer, batch.partStarts.buffer] as ArrayBuffer[] };
    },
  };
}

/** Segments packed into one batch (tests, and scanning segments made in this thread). */
export function packSegments(segments: readonly Segment[]): SegmentBatch {
  const builder = createBatchBuilder();
  for (const s of segments) builder.add(s);
  return builder.build().batch;
}

/** A batch back as segments (tests read what a file gave this way). */
export function unpackBatch(b: SegmentBatch): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segmentCount(b); i++) {
    const start = segmentStart(b, i);
    const segment: Segment = { where: b.wheres[i]!, text: b.text.slice(start, b.ends[i]) };
    const first = b.partFirst[i]!;
    const last = b.partFirst[i + 1]!;
    if (last > first) {
      const starts: number[] = [];
      const names: string[] = [];
      for (let p = first; p < last; p++) {
        starts.push(b.partStarts[p]! - start);
        names.push(b.partNames[p]!);
      }
      segment.parts = { label: b.partLabels[i]!, starts, names };
    }
    out.push(segment);
  }
  return out;
}
