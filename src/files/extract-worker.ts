/**
 * The extraction worker's entry: reads one file's bytes (handed over, never on disk) and posts its
 * text back in batches. Runs under resourceLimits and a time limit set by run-extraction.ts; it
 * logs nothing, and an error is reported only as a reason, never with the file's content.
 */
import { parentPort } from 'node:worker_threads';
import { extractAny } from './extract/extract-any.js';
import { ExtractLimit } from './extract/extract-limit.js';
import { createSink } from './extract/sink.js';
import { decodeText } from './extract/sniff.js';
import { transcriptSegments } from './extract/transcript.js';
import type { ExtractMessage, ExtractRequest } from './types.js';

const port = parentPort;

/** One file: its text posted in batches, then `done` with the limit it stopped at, if any. */
async function extract(request: ExtractRequest): Promise<void> {
  const post = (message: ExtractMessage, transfer: ArrayBuffer[] = []): void => port?.postMessage(message, transfer);
  const sink = createSink(request.limits, (batch, transfer) => post({ kind: 'segments', batch }, transfer));
  try {
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    if (request.as === 'transcript') transcriptSegments(decodeText(bytes), sink);
    else await extractAny(bytes, request.name, '', 0, { limits: request.limits, budget: { inflated: 0 }, sink });
    sink.flush();
    post({ kind: 'done' });
  } catch (err) {
    // What was read before a limit is still scanned.
    try {
      sink.flush();
    } catch {
      // nothing more to hand over
    }
    post({ kind: 'done', limit: err instanceof ExtractLimit ? err.reason : 'corrupt' });
  }
}

// Files come one at a time (src/files/worker-pool.ts hands a worker one file, then the next).
port?.on('message', (request: ExtractRequest) => void extract(request));
