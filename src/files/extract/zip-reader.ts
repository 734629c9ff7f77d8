import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import type { FileLimits } from '../limits.js';
import { ExtractLimit } from './extract-limit.js';

/** Bytes inflated so far for one top-level file, nested archives included. */
export interface InflateBudget {
  inflated: number;
}

export interface Zip {
  /** Entry names (directories left out), in the archive's order. */
  readonly names: string[];
  has(name: string): boolean;
  /** An entry's inflated size as its header states it (checked again as it is read). */
  size(name: string): number;
  /** Streams an entry's inflated bytes to `onChunk`, within every budget. */
  stream(name: string, onChunk: (chunk: Buffer) => void): Promise<void>;
  /** An entry's bytes, within every budget. */
  read(name: string): Promise<Buffer>;
  /** An entry's stored bytes, to inflate elsewhere, within every budget (see StoredEntry). */
  stored(name: string): Promise<StoredEntry>;
}

const ENCRYPTED_FLAG = 0x1;

function fromBuffer(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // lazyEntries: the central directory is walked one entry at a time, so a huge count stops early.
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(new ExtractLimit('corrupt')) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile, limits: FileLimits): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > limits.maxArchiveEntries) return Promise.reject(new ExtractLimit('archive-entries'));
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      if (!e.fileName.endsWith('/')) entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new ExtractLimit('corrupt')));
    zip.readEntry();
  });
}

/** Refused from the entry's header, before a byte of it is inflated. */
function checkHeader(e: yauzl.Entry, limits: FileLimits, budget: InflateBudget): void {
  if ((e.generalPurposeBitFlag & ENCRYPTED_FLAG) !== 0) throw new ExtractLimit('encrypted');
  const size = e.uncompressedSize;
  if (size > limits.ratioFloorBytes && size > limits.maxCompressionRatio * Math.max(1, e.compressedSize)) throw new ExtractLimit('compression-ratio');
  if (size > limits.maxEntryBytes || budget.inflated + size > limits.maxInflatedBytes) throw new ExtractLimit('inflated-bytes');
}

/**
 * Inflated bytes per chunk: large chunks mean few round trips to zlib's thread and few calls into
 * the XML parser (Node's default is 16 KiB); the memory is a chunk or two per open entry.
 */
const INFLATE_CHUNK = 256 * 1024;

/** An entry's stored bytes as a stream: yauzl reads them (bounds checked), Warden inflates them. */
function rawStream(zip: yauzl.ZipFile, e: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(e, { decodeFileData: false }, (err, raw) => {
      if (err || !raw) return reject(new ExtractLimit('corrupt'));
      if (e.compressionMethod === 0) return resolve(raw);
      if (e.compressionMethod !== 8) return reject(new ExtractLimit('corrupt'));
      const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
      raw.on('error', (cause: Error) => inflate.destroy(cause));
      resolve(raw.pipe(inflate));
    });
  });
}

/** Inflated chunks waiting for `onChunk` before the stream is paused: zlib works one chunk ahead. */
const READ_AHEAD = 2;

/**
 * Hands an entry's inflated bytes to `onChunk` as they come, within `cap` and the size its
 * header states (the header may lie: the bytes actually inflated are counted against both).
 *
 * A chunk is handed over in a microtask, not in the 'data' event: zlib's stream emits it before
 * it asks its thread for the next one, so a parse run there would leave zlib idle until it ended.
 * Run after, it parses one chunk while zlib inflates the next, on another core.
 */
function drain(stream: Readable, size: number, cap: number, count: (n: number) => void, onChunk: (c: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let read = 0;
    let done = false;
    let ended = false;
    let scheduled = false;
    const queue: Buffer[] = [];
    const fail = (reason: ExtractLimit | unknown): void => {
      if (done) return;
      done = true;
      queue.length = 0;
      stream.destroy();
      reject(reason);
    };
    const finish = (): void => {
      if (done) return;
      done = true;
      if (read === size) resolve();
      else reject(new ExtractLimit('corrupt'));
    };
    const next = (): void => {
      scheduled = false;
      const chunk = queue.shift();
      if (chunk === undefined || done) return;
      try {
        onChunk(chunk);
      } catch (cause) {
        return fail(cause);
      }
      if (queue.length > 0) schedule();
      else if (ended) finish();
      if (queue.length < READ_AHEAD && stream.isPaused()) stream.resume();
    };
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(next);
    };
    stream.on('data', (chunk: Buffer) => {
      read += chunk.length;
      count(chunk.length);
      if (read > cap) return fail(new ExtractLimit('inflated-bytes'));
      if (read > size) return fail(new ExtractLimit('corrupt'));
      queue.push(chunk);
      if (queue.length >= READ_AHEAD) stream.pause();
      schedule();
    });
    stream.on('error', () => fail(new ExtractLimit('corrupt')));
    stream.on('end', () => {
      ended = true;
      if (queue.length === 0 && !scheduled) finish();
    });
  });
}

/** What an entry may inflate to: its own cap and what is left of the file's. */
const capOf = (limits: FileLimits, budget: InflateBudget): number => Math.min(limits.maxEntryBytes, limits.maxInflatedBytes - budget.inflated);

async function streamEntry(zip: yauzl.ZipFile, e: yauzl.Entry, limits: FileLimits, budget: InflateBudget, onChunk: (c: Buffer) => void): Promise<void> {
  checkHeader(e, limits, budget);
  const cap = capOf(limits, budget);
  const stream = await rawStream(zip, e);
  return drain(stream, e.uncompressedSize, cap, (n) => (budget.inflated += n), onChunk);
}

/**
 * An entry's stored bytes, to be inflated elsewhere (a helper worker, see shared-strings.ts) with
 * `inflateStored`: checked from its header as `stream` checks it, its size counted now.
 */
export interface StoredEntry {
  bytes: Uint8Array;
  method: number;
  size: number;
  cap: number;
}

async function storedEntry(zip: yauzl.ZipFile, e: yauzl.Entry, limits: FileLimits, budget: InflateBudget): Promise<StoredEntry> {
  checkHeader(e, limits, budget);
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) throw new ExtractLimit('corrupt');
  const cap = capOf(limits, budget);
  const raw = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(e, { decodeFileData: false }, (err, r) => (err || !r ? reject(new ExtractLimit('corrupt')) : resolve(r))),
  );
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('error', () => reject(new ExtractLimit('corrupt')));
    raw.on('end', resolve);
  });
  // Counted by the header's word: the inflating side stops at it.
  budget.inflated += e.uncompressedSize;
  // A block of its own (not Buffer.concat's, which may be a slice of the shared pool): it is transferred.
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (bytes.set(c, at), (at += c.length));
  return { bytes, method: e.compressionMethod, size: e.uncompressedSize, cap };
}

/** Inflates a stored entry (see StoredEntry) in 256 KiB chunks, within the size and cap it came with. */
export function inflateStored(entry: StoredEntry, onChunk: (c: Buffer) => void): Promise<void> {
  const all = Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength);
  // In chunks, stored (not deflated) entries too: the reader of each one has a chunk's work at a time.
  const chunks = Array.from({ length: Math.ceil(all.length / INFLATE_CHUNK) }, (_, i) => all.subarray(i * INFLATE_CHUNK, (i + 1) * INFLATE_CHUNK));
  const raw = Readable.from(chunks);
  const stream = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK }));
  if (stream !== raw) raw.on('error', (cause: Error) => stream.destroy(cause));
  return drain(stream, entry.size, entry.cap, () => {}, onChunk);
}

/** Opens an archive held in memory (yauzl: validated sizes, streamed entries, nothing on disk). */
export async function openZip(bytes: Buffer, limits: FileLimits, budget: InflateBudget): Promise<Zip> {
  const zip = await fromBuffer(bytes);
  const entries = await listEntries(zip, limits);
  const entry = (name: string): yauzl.Entry => {
    const e = entries.get(name);
    if (!e) throw new ExtractLimit('corrupt');
    return e;
  };
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    size: (name) => entry(name).uncompressedSize,
    stream: (name, onChunk) => streamEntry(zip, entry(name), limits, budget, onChunk),
    stored: (name) => storedEntry(zip, entry(name), limits, budget),
    async read(name) {
      const chunks: Buffer[] = [];
      await streamEntry(zip, entry(name), limits, budget, (c) => chunks.push(c));
      return Buffer.concat(chunks);
    },
  };
}
