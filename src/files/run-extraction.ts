import type { FileLimits } from './limits.js';
import { unpackBatch, type SegmentBatch } from './segment-batch.js';
import { acquireWorker, releaseWorker } from './worker-pool.js';
import { failureOf } from './worker-script.js';
import type { ExtractLimitReason, ExtractMessage, ExtractRequest, Segment } from './types.js';

export interface Extracted {
  /** The segments, unless they were handed to `onBatch` as they came. */
  segments: Segment[];
  /** Set when extraction stopped short: the file is not (fully) inspected. */
  limit?: ExtractLimitReason;
}

export interface FileToExtract {
  bytes: Uint8Array;
  name: string;
  /** The Content-Type Webex gave, if any (the kind is sniffed from the bytes all the same). */
  type?: string | undefined;
  /** Read as a meeting transcript (passages named by speaker and time), not by sniffed type. */
  as?: 'transcript';
  /**
   * Hand the bytes' memory to the worker instead of copying it: the caller is done with them
   * (`bytes` is empty afterwards). Only a view of a whole block of its own is handed over (the
   * download's, see src/webex/contents.ts); a slice of Node's shared pool is copied all the same.
   */
  handOver?: boolean;
}

function blockFor(file: FileToExtract): Uint8Array {
  const { bytes } = file;
  const whole = bytes.byteLength > 0 && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return file.handOver && whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/**
 * Extracts one file's text in a worker thread, off the event loop, with V8 heap limits and a wall
 * time limit; past either the worker is ended and the file is "not inspected". The bytes go to
 * the worker in a memory block it owns (transferred, not shared), and its text comes back in
 * batches, handed to `onBatch` one after another as they come.
 */
export function runExtraction(file: FileToExtract, limits: FileLimits, onBatch?: (batch: SegmentBatch) => Promise<void>): Promise<Extracted> {
  const own = blockFor(file);
  const { name, type, as } = file;
  const request: ExtractRequest = { bytes: own, name, ...(type ? { type } : {}), ...(as ? { as } : {}), limits };
  const worker = acquireWorker(limits);
  worker.postMessage(request, [own.buffer as ArrayBuffer]);
  const segments: Segment[] = [];
  // Batches are scanned one after another as they come, so no more than a batch waits in memory.
  let handed: Promise<void> = Promise.resolve();
  let handFailed: unknown;
  return new Promise((resolve, reject) => {
    let settled = false;
    /** `reusable`: the worker finished the file itself and can take the next one. */
    const finish = (limit: ExtractLimitReason | undefined, reusable = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (reusable) releaseWorker(worker, limits);
      else void worker.terminate();
      void handed.then(() => (handFailed ? reject(handFailed) : resolve(limit ? { segments, limit } : { segments })));
    };
    const timer = setTimeout(() => finish('time-limit'), limits.extractTimeMs);
    worker.on('message', (m: ExtractMessage) => {
      if (m.kind === 'segments') {
        if (!onBatch) segments.push(...unpackBatch(m.batch));
        else handed = handed.then(() => onBatch(m.batch)).catch((err: unknown) => void (handFailed ??= err));
      }
      else finish(m.limit, true);
    });
    worker.on('error', (err: Error) => finish(failureOf(err)));
    worker.on('exit', () => finish('corrupt'));
  });
}
