import { Worker } from 'node:worker_threads';
import type { FileLimits } from './limits.js';
import { workerScript } from './worker-script.js';

/** How long a worker waits for its next file before it is ended and its memory given back. */
const IDLE_MS = 30_000;

type Heap = Pick<FileLimits, 'workerOldGenerationMb' | 'workerYoungGenerationMb' | 'workerStackMb'>;

const idle = new Map<string, Array<{ worker: Worker; timer: NodeJS.Timeout }>>();
const keyOf = (h: Heap): string => `${h.workerOldGenerationMb}/${h.workerYoungGenerationMb}/${h.workerStackMb}`;

function spawn(heap: Heap): Worker {
  const { script, eval: isEval } = workerScript('extract-worker', import.meta.url);
  return new Worker(script, {
    eval: isEval,
    resourceLimits: {
      maxOldGenerationSizeMb: heap.workerOldGenerationMb,
      maxYoungGenerationSizeMb: heap.workerYoungGenerationMb,
      stackSizeMb: heap.workerStackMb,
    },
    // The worker's output is never the bot's: nothing it might print reaches the logs.
    stdout: true,
    stderr: true,
  });
}

/**
 * An extraction worker with these heap limits: one left idle by the file before (its modules
 * loaded and its code warm, which is much of a file's time), else a new one. A worker only goes
 * back to the pool after a file it read to the end or stopped at one of its own limits; one that
 * overran its time or heap, failed or exited is ended and never reused.
 */
export function acquireWorker(heap: Heap): Worker {
  const waiting = idle.get(keyOf(heap))?.pop();
  if (!waiting) return spawn(heap);
  clearTimeout(waiting.timer);
  waiting.worker.ref();
  return waiting.worker;
}

export function releaseWorker(worker: Worker, heap: Heap): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  const key = keyOf(heap);
  const list = idle.get(key) ?? [];
  idle.set(key, list);
  const entry = { worker, timer: setTimeout(() => endIdle(worker, key), IDLE_MS) };
  entry.timer.unref();
  // An idle worker never keeps the process alive.
  worker.unref();
  worker.once('exit', () => endIdle(worker, key));
  list.push(entry);
}

function endIdle(worker: Worker, key: string): void {
  const list = idle.get(key);
  const at = list?.findIndex((e) => e.worker === worker) ?? -1;
  if (list && at >= 0) {
    clearTimeout(list[at]!.timer);
    list.splice(at, 1);
  }
  void worker.terminate();
}
