import type { FileLimits } from '../limits.js';
import { createBatchBuilder, hasText, type SegmentBatch } from '../segment-batch.js';
import type { Segment } from '../types.js';
import { ExtractLimit } from './extract-limit.js';

/** Characters batched before a post to the main thread: small posts keep its event loop free. */
const BATCH_CHARS = 256 * 1024;

/** Where extractors put text: counted against maxTextChars, posted in batches. */
export interface Sink {
  add(segment: Segment): void;
  /**
   * A segment written part by part as it is read, for a sheet's rows (see BatchBuilder): `open`,
   * `part` for each non-empty cell, `close`. A segment of spaces only is dropped, as by `add`.
   */
  open(where: string, whereNo: number, partLabel: string): void;
  part(name: string, text: string): void;
  close(): void;
  flush(): void;
}

export function createSink(limits: FileLimits, post: (batch: SegmentBatch, transfer: ArrayBuffer[]) => void): Sink {
  let total = 0;
  const builder = createBatchBuilder();
  const flush = (): void => {
    builder.abort();
    if (builder.count === 0) return;
    const { batch, transfer } = builder.build();
    post(batch, transfer);
  };
  const count = (chars: number): void => {
    total += chars;
    if (total > limits.maxTextChars) throw new ExtractLimit('text-limit');
  };
  const added = (): void => {
    if (builder.chars >= BATCH_CHARS) flush();
  };
  return {
    add(segment) {
      if (!hasText(segment.text)) return;
      count(segment.text.length);
      builder.add(segment);
      added();
    },
    open: (where, whereNo, partLabel) => builder.open(where, whereNo, partLabel),
    part(name, text) {
      // Counted cell by cell: a row past the text limit stops where it passes it, and is not posted.
      count(text.length);
      builder.part(name, text);
    },
    close() {
      builder.close();
      added();
    },
    flush,
  };
}
