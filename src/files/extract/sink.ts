import type { FileLimits } from '../limits.js';
import { createBatchBuilder, type SegmentBatch } from '../segment-batch.js';
import type { Segment } from '../types.js';
import { ExtractLimit } from './extract-limit.js';

/** Characters batched before a post to the main thread: small posts keep its event loop free. */
const BATCH_CHARS = 256 * 1024;

/** Where extractors put text: counted against maxTextChars, posted in batches. */
export interface Sink {
  add(segment: Segment): void;
  flush(): void;
}

const hasText = /\S/;

export function createSink(limits: FileLimits, post: (batch: SegmentBatch, transfer: ArrayBuffer[]) => void): Sink {
  let total = 0;
  const builder = createBatchBuilder();
  const flush = (): void => {
    if (builder.count === 0) return;
    const { batch, transfer } = builder.build();
    post(batch, transfer);
  };
  return {
    add(segment) {
      if (!hasText.test(segment.text)) return;
      total += segment.text.length;
      if (total > limits.maxTextChars) throw new ExtractLimit('text-limit');
      builder.add(segment);
      if (builder.chars >= BATCH_CHARS) flush();
    },
    flush,
  };
}
