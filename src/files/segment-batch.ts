import type { Segment } from './types.js';

/**
 * Segments as the extraction worker posts them: a few strings and typed arrays instead of
 * thousands of small objects and strings, so a post costs copies of its text and not a walk of an
 * object graph on either thread. Segment i is `text.slice(start(i), ends[i])`; the segments are
 * joined by '\n', so a run of them is one slice of `text`, which is what the scanner evaluates.
 * Names (where a segment or a part stands) are kept end to end in one string each and sliced out
 * only when a card needs one.
 */
export interface SegmentBatch {
  text: string;
  ends: Uint32Array;
  /** Segment i stands at `labels[whereOf[i]]`, followed by `whereNos[i]` unless that is NO_NUMBER. */
  whereLabelOf: Uint32Array;
  whereNos: Uint32Array;
  /** Segment i's parts are partFirst[i] up to partFirst[i + 1]; none when those are equal. */
  partFirst: Uint32Array;
  /** Where each part starts in `text`. */
  partStarts: Uint32Array;
  /** A part is named `labels[labelOf[segment]]` + its name (`sheet "Keys", cell ` + `B3`). Labels are kept once a batch. */
  partNames: string;
  partNameEnds: Uint32Array;
  labels: string[];
  labelOf: Uint32Array;
}

export const segmentCount = (b: SegmentBatch): number => b.ends.length;
export const segmentStart = (b: SegmentBatch, i: number): number => (i === 0 ? 0 : b.ends[i - 1]! + 1);

/** The text of segments `from` up to `to` (exclusive), joined by '\n'. */
export const spanText = (b: SegmentBatch, from: number, to: number): string => b.text.slice(segmentStart(b, from), b.ends[to - 1]);

const NO_NUMBER = 0xffffffff;

/** Where segment i stands ("page 2", `sheet "S", row 3`). */
export function whereOf(b: SegmentBatch, i: number): string {
  const no = b.whereNos[i]!;
  return no === NO_NUMBER ? b.labels[b.whereLabelOf[i]!]! : `${b.labels[b.whereLabelOf[i]!]}${no}`;
}

/** The full name of part p of segment i. */
export const partWhere = (b: SegmentBatch, i: number, p: number): string =>
  `${b.labels[b.labelOf[i]!]}${b.partNames.slice(p === 0 ? 0 : b.partNameEnds[p - 1], b.partNameEnds[p])}`;

export interface BatchBuilder {
  add(segment: Segment): void;
  /**
   * A segment written part by part as it is read (a sheet's row, cell by cell), with no row string
   * or arrays of its own: `open`, `part` for each part, `close`. Parts are joined by '\t', as `add`
   * takes them. `close` drops a segment with no text but spaces.
   */
  open(where: string, whereNo: number, partLabel: string): void;
  part(name: string, text: string): void;
  /** The characters the segment kept (0 when it was dropped). */
  close(): number;
  /** Takes back a segment left open (its file stopped mid-row): nothing of it is posted. */
  abort(): void;
  /** Characters added since the last build. */
  readonly chars: number;
  readonly count: number;
  /** The batch and the buffers to transfer with it; the builder starts empty again. */
  build(): { batch: SegmentBatch; transfer: ArrayBuffer[] };
}

/** Some character other than a space: the first one answers for most text without the regex. */
export function hasText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || /\S/.test(text);
}

export function createBatchBuilder(): BatchBuilder {
  // The text's pieces, joined once a batch: segments are separated by a '\n' piece, parts by '\t'.
  let texts: string[] = [];
  let ends: number[] = [];
  let whereLabelOf: number[] = [];
  let whereNos: number[] = [];
  let partFirst: number[] = [0];
  let partStarts: number[] = [];
  let partNames: string[] = [];
  let partNameEnds: number[] = [];
  let labelOf: number[] = [];
  let labels = new Map<string, number>([['', 0]]);
  let at = 0;
  let nameAt = 0;
  // The segment being written by open/part/close.
  const open = { active: false, where: 0, whereNo: 0, label: 0, texts: 0, before: 0, at: 0, parts: 0, nameAt: 0, blank: true };
  const rollBack = (): void => {
    texts.length = open.texts;
    partStarts.length = open.parts;
    partNames.length = open.parts;
    partNameEnds.length = open.parts;
    nameAt = open.nameAt;
    at = open.before;
    open.active = false;
  };
  // The last two labels asked for, answered without the map: a part of a file repeats one or two.
  let lastLabel = '';
  let lastId = 0;
  let otherLabel = '';
  let otherId = 0;
  const labelId = (label: string): number => {
    if (label === lastLabel) return lastId;
    if (label === otherLabel) return otherId;
    let id = labels.get(label);
    if (id === undefined) labels.set(label, (id = labels.size));
    otherLabel = lastLabel;
    otherId = lastId;
    lastLabel = label;
    lastId = id;
    return id;
  };
  const separate = (): void => {
    if (ends.length === 0) return;
    texts.push('\n');
    at += 1;
  };
  const namePart = (start: number, name: string): void => {
    partStarts.push(start);
    partNames.push(name);
    nameAt += name.length;
    partNameEnds.push(nameAt);
  };
  const endSegment = (where: number, whereNo: number, label: number): void => {
    ends.push(at);
    whereLabelOf.push(where);
    whereNos.push(whereNo);
    labelOf.push(label);
    partFirst.push(partStarts.length);
  };
  return {
    add(segment) {
      separate();
      const start = at;
      texts.push(segment.text);
      at += segment.text.length;
      const parts = segment.parts;
      if (parts) for (let p = 0; p < parts.starts.length; p++) namePart(start + parts.starts[p]!, parts.names[p] ?? '');
      endSegment(labelId(segment.where), segment.whereNo ?? NO_NUMBER, labelId(parts?.label ?? ''));
    },
    open(where, whereNo, partLabel) {
      open.where = labelId(where);
      open.whereNo = whereNo;
      open.label = labelId(partLabel);
      open.texts = texts.length;
      open.before = at;
      open.parts = partStarts.length;
      open.nameAt = nameAt;
      open.blank = true;
      open.active = true;
      separate();
      open.at = at;
    },
    part(name, text) {
      if (at > open.at) {
        texts.push('\t');
        at += 1;
      }
      namePart(at, name);
      texts.push(text);
      at += text.length;
      if (open.blank && text !== '' && hasText(text)) open.blank = false;
    },
    close() {
      if (!open.blank) {
        open.active = false;
        endSegment(open.where, open.whereNo, open.label);
        return at - open.at;
      }
      // Nothing but spaces: the segment and its separator are taken back.
      rollBack();
      return 0;
    },
    abort() {
      if (open.active) rollBack();
    },
    get chars() {
      return at;
    },
    get count() {
      return ends.length;
    },
    build() {
      const batch: SegmentBatch = {
        text: texts.join(''),
        ends: new Uint32Array(ends),
        whereLabelOf: new Uint32Array(whereLabelOf),
        whereNos: new Uint32Array(whereNos),
        partFirst: new Uint32Array(partFirst),
        partStarts: new Uint32Array(partStarts),
        partNames: partNames.join(''),
        partNameEnds: new Uint32Array(partNameEnds),
        labels: [...labels.keys()],
        labelOf: new Uint32Array(labelOf),
      };
      texts = [];
      ends = [];
      whereLabelOf = [];
      whereNos = [];
      partFirst = [0];
      partStarts = [];
      partNames = [];
      partNameEnds = [];
      labelOf = [];
      labels = new Map([['', 0]]);
      lastLabel = otherLabel = '';
      lastId = otherId = 0;
      at = 0;
      nameAt = 0;
      const transfer = [batch.ends, batch.whereLabelOf, batch.whereNos, batch.partFirst, batch.partStarts, batch.partNameEnds, batch.labelOf].map((a) => a.buffer as ArrayBuffer);
      return { batch, transfer };
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
    const segment: Segment = { where: whereOf(b, i), text: b.text.slice(start, b.ends[i]) };
    const first = b.partFirst[i]!;
    const last = b.partFirst[i + 1]!;
    if (last > first) {
      const starts: number[] = [];
      const names: string[] = [];
      for (let p = first; p < last; p++) {
        starts.push(b.partStarts[p]! - start);
        names.push(b.partNames.slice(p === 0 ? 0 : b.partNameEnds[p - 1], b.partNameEnds[p]));
      }
      segment.parts = { label: b.labels[b.labelOf[i]!]!, starts, names };
    }
    out.push(segment);
  }
  return out;
}
