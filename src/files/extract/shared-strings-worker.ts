/**
 * The helper worker that reads a large workbook's shared string table while the extraction
 * worker reads its sheets (shared-strings.ts): it inflates the part from its stored bytes, within
 * the sizes it was given, and posts the strings back in blocks. It logs nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ExtractLimit } from './extract-limit.js';
import { sharedStringHandlers, type SharedStringsJob, type SharedStringsPost } from './shared-strings.js';
import { BLOCK } from './string-table.js';
import { parseXml } from './xml-stream.js';
import { inflateStored } from './zip-reader.js';

const { entry, maxChars, port, signal } = workerData as SharedStringsJob;
// Its modules are loaded: the reader stops waiting for it to start, and waits on its posts.
parentPort?.postMessage('ready');

function post(message: SharedStringsPost, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, 1, 1);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

let strings: string[] = [];
let ends = new Uint32Array(BLOCK);
let at = 0;
const flush = (): void => {
  if (strings.length === 0) return;
  const block = ends.slice(0, strings.length);
  post({ kind: 'block', text: strings.join(''), ends: block }, [block.buffer]);
  strings = [];
  at = 0;
};
const push = (text: string): void => {
  at += text.length;
  ends[strings.length] = at;
  strings.push(text);
  if (strings.length === BLOCK) flush();
};

try {
  const read = (chunk: Buffer, onChunk: (c: Buffer) => void): void => {
    Atomics.add(signal, 1, 1);
    onChunk(chunk);
  };
  await parseXml((onChunk) => inflateStored(entry, (chunk) => read(chunk, onChunk)), sharedStringHandlers(maxChars, push));
  flush();
  post({ kind: 'done' });
} catch (err) {
  // What was read before a limit is still used: its blocks are posted before the reason.
  flush();
  post({ kind: 'limit', reason: err instanceof ExtractLimit ? err.reason : 'corrupt' });
}
