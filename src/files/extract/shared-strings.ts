import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { FileLimits } from '../limits.js';
import { failureOf, workerScript } from '../worker-script.js';
import type { ExtractLimitReason } from '../types.js';
import { ExtractLimit } from './extract-limit.js';
import { StringTable } from './string-table.js';
import { streamXml, type XmlHandlers } from './xml-stream.js';
import type { StoredEntry, Zip } from './zip-reader.js';

export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

/** Where a sheet's cells find their shared strings: the table, or one still being read. */
export interface SharedStrings {
  get(i: number): string | undefined;
  /**
   * The sheets are read: waits for the rest of the table, and throws the limit that stopped it,
   * if one did (a table that is not XML makes the workbook not inspected, however it was read).
   */
  finish(): void;
  /** Done with it: a helper still reading is ended. */
  close(): void;
}

/**
 * saxes handlers for a shared string table: each `<si>`'s text (its runs, not its phonetic
 * reading) handed to `push`; its characters count against the text budget like any cell's.
 */
export function sharedStringHandlers(maxChars: number, push: (text: string) => void, onTable?: (declared: number) => void): XmlHandlers {
  let current = '';
  let inText = false;
  let phonetic = 0;
  let total = 0;
  let tables = 0;
  return {
    open: ({ name, attributes }) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
      // A second <sst> (a crafted file) is one table, not a new one: however it is read.
      else if (name === 'sst' && tables++ === 0) onTable?.(Number(attributes.uniqueCount ?? attributes.count ?? 0) || 0);
    },
    text: (t) => {
      if (!inText) return;
      current += t;
      total += t.length;
      if (total > maxChars) throw new ExtractLimit('text-limit');
    },
    close: ({ name }) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') push(current);
    },
  };
}

/** The table read here, before the sheets. */
async function readHere(zip: Zip, maxChars: number): Promise<SharedStrings> {
  const size = zip.size(SHARED_STRINGS_PART);
  let table = new StringTable(size);
  await streamXml(zip, SHARED_STRINGS_PART, sharedStringHandlers(maxChars, (s) => table.push(s), (declared) => (table = new StringTable(size, declared))));
  table.seal();
  return { get: (i) => table.get(i), finish: () => {}, close: () => {} };
}

/** What the helper is given, and what it posts back on its port. */
export interface SharedStringsJob {
  entry: StoredEntry;
  maxChars: number;
  port: MessagePort;
  /**
   * [0] is bumped (and notified) after each post, so that a reader waiting on the port wakes;
   * [1] after each chunk the helper reads, so that a reader can tell a helper at work from one gone.
   */
  signal: Int32Array;
}
export type SharedStringsPost = { kind: 'block'; text: string; ends: Uint32Array } | { kind: 'done' } | { kind: 'limit'; reason: ExtractLimitReason };

/**
 * How long a reader waits for a helper that has started to read its next chunk (a few ms of
 * work) or post its next block, before it takes the helper for gone. A helper catches its own
 * errors and posts them, so one that goes silent was ended by its heap limit: the file is not
 * inspected for memory. The margin is for a busy machine (zlib's threads are the process's).
 */
const STALL_MS = 5_000;
const WAIT_SLICE_MS = 100;

/** Whether the helper has started: its modules loaded, it says so (`ready`) before any work. */
function started(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.once('message', (m: unknown) => resolve(m === 'ready'));
    worker.once('error', () => resolve(false));
    worker.once('exit', () => resolve(false));
  });
}

/**
 * The table read by a helper worker while this one reads the sheets: the two big parts of a
 * large workbook parsed at once, on two cores. A cell whose string has not come yet waits for it
 * (this worker blocks on the helper's signal; it is a worker, so no event loop waits with it).
 * Excel writes the table in the order cells first use it, so the sheets seldom wait long.
 */
async function readBeside(zip: Zip, limits: FileLimits): Promise<SharedStrings | undefined> {
  const entry = await zip.stored(SHARED_STRINGS_PART);
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { script, eval: isEval } = workerScript('shared-strings-worker', import.meta.url);
  const job: SharedStringsJob = { entry, maxChars: limits.maxTextChars, port: port2, signal };
  const helper = new Worker(script, {
    eval: isEval,
    workerData: job,
    transferList: [port2, entry.bytes.buffer as ArrayBuffer],
    // Its heap is capped as this worker's is; it keeps one block at a time, so a small young generation does.
    resourceLimits: { maxOldGenerationSizeMb: limits.workerOldGenerationMb, maxYoungGenerationSizeMb: 16, stackSizeMb: limits.workerStackMb },
    stdout: true,
    stderr: true,
  });
  // A helper that cannot start (its script failing to load) leaves the table to this worker.
  if (!(await started(helper))) {
    port1.close();
    return undefined;
  }
  const table = new StringTable(0);
  let ended: ExtractLimitReason | 'done' | undefined;
  // How the helper ended, seen when this worker's event loop turns (between chunks of a sheet);
  // its last posts may still be on the port. A helper that dies during a wait is the stall's limit.
  let gone: ExtractLimitReason | undefined;
  helper.on('error', (err: Error) => void (gone ??= failureOf(err)));
  helper.on('exit', () => void (gone ??= 'corrupt'));
  const take = (post: SharedStringsPost): void => {
    if (post.kind === 'block') table.addBlock(post.text, post.ends);
    else if (post.kind === 'done') (table.seal(), (ended = 'done'));
    else ended = post.reason;
  };
  let progress = 0;
  let progressAt = Date.now();
  /** Takes what the helper posted; with `wait`, first waits for a post if there is none. */
  const pump = (wait: boolean): boolean => {
    const seen = Atomics.load(signal, 0);
    const posted = receiveMessageOnPort(port1) as { message: SharedStringsPost } | undefined;
    if (posted) return (take(posted.message), true);
    if (!wait) return false;
    const now = Date.now();
    if (Atomics.wait(signal, 0, seen, WAIT_SLICE_MS) !== 'timed-out') {
      progressAt = now;
      return true;
    }
    const beat = Atomics.load(signal, 1);
    if (beat !== progress) (progress = beat), (progressAt = now);
    else if (now - progressAt > STALL_MS) throw new ExtractLimit('memory-limit');
    return true;
  };
  /** Takes posts until string i has come or the table has ended. */
  const waitFor = (i: number): void => {
    while (i >= table.size && ended === undefined) {
      // A helper that has ended posts nothing more: what it posted is taken, then its end.
      if (gone !== undefined && !pump(false)) ended = gone;
      else pump(true);
    }
  };
  return {
    get(i) {
      if (i >= table.size) {
        waitFor(i);
        if (i >= table.size && ended !== 'done') throw new ExtractLimit(ended ?? 'corrupt');
      }
      return table.get(i);
    },
    finish() {
      waitFor(Number.POSITIVE_INFINITY);
      if (ended !== 'done') throw new ExtractLimit(ended ?? 'corrupt');
    },
    close() {
      port1.close();
      void helper.terminate();
    },
  };
}

/**
 * The shared string table of a workbook: none, read here first, or (a large one, over
 * `sharedStringsHelperBytes` inflated) read by a helper worker beside the sheets.
 */
export async function sharedStrings(zip: Zip, limits: FileLimits): Promise<SharedStrings> {
  if (!zip.has(SHARED_STRINGS_PART)) return { get: () => undefined, finish: () => {}, close: () => {} };
  const beside = zip.size(SHARED_STRINGS_PART) >= limits.sharedStringsHelperBytes ? await readBeside(zip, limits) : undefined;
  return beside ?? readHere(zip, limits.maxTextChars);
}

