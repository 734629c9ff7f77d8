import { Worker } from 'node:worker_threads';
import type { FileLimits } from './limits.js';
import type { ExtractLimitReason, ExtractMessage, ExtractRequest, Segment } from './types.js';

export interface Extracted {
  /** The segments, unless they were handed to `onSegments` as they came. */
  segments: Segment[];
  /** Set when extraction stopped short: the file is not (fully) inspected. */
  limit?: ExtractLimitReason;
}

/**
 * The worker script beside this file: `extract-worker.js` in dist/ (`npm start`), or
 * `extract-worker.ts` when the sources run under tsx (tests). Node 20 does not apply a loader
 * given in a worker's execArgv to its entry, so a .ts worker starts from a line of JavaScript that
 * registers tsx's loader (resolved from here, not from the working directory) and then imports it.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL('./extract-worker.js', here), eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', here).href;
  return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, eval: true };
}

/**
 * Extracts one file's text in a worker thread, off the event loop, with V8 heap limits and a wall
 * time limit; past either the worker is ended and the file is "not inspected". The bytes are
 * copied into a buffer of their own and transferred, so the worker owns them and nothing is shared.
 */
export function runExtraction(
  bytes: Buffer,
  name: string,
  type: string | undefined,
  limits: FileLimits,
  onSegments?: (segments: Segment[]) => Promise<void>,
): Promise<Extracted> {
  const own = new Uint8Array(bytes);
  const request: ExtractRequest = { bytes: own, name, ...(type ? { type } : {}), limits };
  const { script, eval: isEval } = workerScript();
  const worker = new Worker(script, {
    eval: isEval,
    workerData: request,
    transferList: [own.buffer as ArrayBuffer],
    resourceLimits: {
      maxOldGenerationSizeMb: limits.workerOldGenerationMb,
      maxYoungGenerationSizeMb: limits.workerYoungGenerationMb,
      stackSizeMb: limits.workerStackMb,
    },
    // The worker's output is never the bot's: nothing it might print reaches the logs.
    stdout: true,
    stderr: true,
  });
  const segments: Segment[] = [];
  // Batches are scanned one after another as they come, so no more than a batch waits in memory.
  let handed: Promise<void> = Promise.resolve();
  let handFailed: unknown;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (limit?: ExtractLimitReason): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      void handed.then(() => (handFailed ? reject(handFailed) : resolve(limit ? { segments, limit } : { segments })));
    };
    const timer = setTimeout(() => finish('time-limit'), limits.extractTimeMs);
    worker.on('message', (m: ExtractMessage) => {
      if (m.kind === 'segments') {
        if (!onSegments) segments.push(...m.segments);
        else handed = handed.then(() => onSegments(m.segments)).catch((err: unknown) => void (handFailed ??= err));
      }
      else finish(m.limit);
    });
    worker.on('error', (err: Error & { code?: string }) => finish(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory-limit' : 'corrupt'));
    worker.on('exit', () => finish('corrupt'));
  });
}
