import type { FileLimits } from '../limits.js';
import type { Segment } from '../types.js';
import { ExtractLimit } from './extract-limit.js';

/** Characters batched before a post to the main thread: small posts keep its event loop free. */
const BATCH_CHARS = 256 * 1024;

/** Where extractors put text: counted against maxTextChars, posted in batches. */
export interface Sink {
  add(segment: Segment): void;
  flush(): void;
}

export function createSink(limits: FileLimits, post: (segments: Segment[]) => void): Sink {
  let total = 0;
  let batch: Segment[] = [];
  let batchChars = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    post(batch);
    batch = [];
    batchChars = 0;
  };
  return {
    add(segment) {
      if (segment.text.trim() === '') return;
      total += segment.text.length;
      if (total > limits.maxTextChars) throw new ExtractLimit('text-limit');
      batch.push(segment);
      batchChars += segment.text.length;
      if (batchChars >= BATCH_CHARS) flush();
    },
    flush,
  };
}
