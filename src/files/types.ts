/** What a file's extraction gives and why a file was not (fully) inspected. */

/**
 * A piece of a file's text and where it stands ("page 2", `sheet "Keys", row 3`). `parts`
 * splits it finer (the cells of a row): part i starts at `starts[i]` and is named
 * `label + names[i]` (`sheet "Keys", cell ` + `B3`), put together only when a card needs it.
 */
export interface Segment {
  where: string;
  /** When set, the segment stands at `where` followed by this number (`sheet "S", row ` + 12). */
  whereNo?: number;
  text: string;
  parts?: SegmentParts;
}

export interface SegmentParts {
  label: string;
  starts: number[];
  names: string[];
}

/** Why extraction stopped short; the file is then "not inspected" (what was read is still scanned). */
export type ExtractLimitReason =
  | 'encrypted'
  | 'unsupported-type'
  | 'corrupt'
  | 'archive-entries'
  | 'inflated-bytes'
  | 'compression-ratio'
  | 'archive-depth'
  | 'text-limit'
  | 'page-limit'
  | 'time-limit'
  | 'memory-limit';

/** The download's reasons (src/webex/contents.ts) and the extraction's, as the card and logs name them. */
export type NotInspectedReason =
  | ExtractLimitReason
  | 'too-large'
  | 'blocked'
  | 'unscannable'
  | 'still-scanning'
  | 'not-found'
  | 'foreign-url';

/** Sent to the extraction worker. */
export interface ExtractRequest {
  bytes: Uint8Array;
  name: string;
  type?: string;
  /** Read as this rather than by the sniffed type: a meeting transcript's text download. */
  as?: 'transcript';
  limits: import('./limits.js').FileLimits;
}

/** Sent back by the worker: segments in batches, then one `done`. */
export type ExtractMessage = { kind: 'segments'; batch: import('./segment-batch.js').SegmentBatch } | { kind: 'done'; limit?: ExtractLimitReason };
