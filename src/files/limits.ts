/**
 * Every budget a shared file gets (SPEC §8, STYLE "hostile input has a budget"). A file that
 * breaks one is "not inspected" and the bot carries on; none is ever raised by a file's content.
 */
export const FILE_LIMITS = {
  /**
   * 423 answers (Webex still scanning the file for malware) one file waits out. Webex's scan takes
   * seconds; five waits of at most 30 s bound one file at a few minutes of an inbox slot.
   */
  maxLockWaits: 5,
  /** The longest single Retry-After honoured for a file; a longer one is cut to this. */
  maxRetryAfterSeconds: 30,
  /** Entries read from one archive. Cloudlock stops at 100 files; an OOXML document has 10-40 parts, so 1,000 leaves room. */
  maxArchiveEntries: 1_000,
  /**
   * Bytes inflated from one file, all entries and nested archives together. A 25 MiB XLSX inflates
   * to about 10 times that; 256 MiB reads it while a zip bomb stops within the budget.
   */
  maxInflatedBytes: 256 * 1024 * 1024,
  /** Bytes one archive entry may inflate to: a worksheet of a 25 MiB workbook fits. */
  maxEntryBytes: 128 * 1024 * 1024,
  /**
   * Inflated size over stored size, per entry, as the entry's header states it (checked before a
   * byte is inflated) and as it is read. Text and XML deflate 5-20:1, very repetitive sheets ~100:1;
   * a zip bomb is 1,000:1 and more.
   */
  maxCompressionRatio: 200,
  /** Entries smaller than this are never refused for their ratio: a tiny file compresses any way it likes. */
  ratioFloorBytes: 1024 * 1024,
  /** Archives inside archives: a ZIP inside a ZIP is read, a third level is not (SPEC §8). */
  maxArchiveDepth: 2,
  /**
   * Characters of text taken from one file. The text is scanned batch by batch as it comes, never
   * held whole, so this bounds time more than memory: a 25 MiB workbook of dense text holds ~35 Mi
   * characters. Beyond it the rest is not read and the file counts as not fully inspected; what
   * was read is still scanned.
   */
  maxTextChars: 64 * 1024 * 1024,
  /** Pages of a PDF read; a longer PDF is read to this page and counts as not fully inspected. */
  maxPdfPages: 2_000,
  /** Wall time of one file's extraction, in its worker; then the worker is ended. */
  extractTimeMs: 30_000,
  /**
   * The extraction worker's V8 heap, a ceiling rather than a reservation: OOXML is streamed and
   * needs little, but pdf.js holds a PDF's parsed objects, and a 10 MB PDF of dense text needs
   * more than 128 MiB. Past it the worker is ended and the file is not inspected
   * (peak RSS measured in `npm run bench -- --files-only`).
   */
  workerOldGenerationMb: 256,
  /**
   * The worker's young generation: a large workbook's parse makes millions of short-lived objects
   * (tags, cells), and with room for them fewer are collected and promoted (about 8 % faster on
   * a 10 MB XLSX than 16 MiB, for some 30 MiB more at the peak).
   */
  workerYoungGenerationMb: 48,
  workerStackMb: 4,
  /**
   * A workbook's shared string table this large (inflated) or larger is read by a helper worker
   * while the sheets are read (src/files/extract/shared-strings.ts): in a large workbook the table
   * is a third to a half of the XML. A smaller one is read first, in the worker, which is quicker
   * than starting a helper.
   */
  sharedStringsHelperBytes: 4 * 1024 * 1024,
  /** Files extracted at once: each worker has its own heap, so they are taken one at a time. */
  parallelExtractions: 1,
  /**
   * Characters scanned per policy evaluation; the event loop is given back between chunks. No
   * more than the detectors read of one text (MAX_SCANNED, 16 KiB): a longer text is read in
   * overlapping windows of that size (src/files/scan-segments.ts).
   */
  scanChunkChars: 16 * 1024,
  /** Places in files named per rule on one card (the rest are counted in the evidence). */
  maxPlacesPerRule: 5,
} as const;

export type FileLimits = { -readonly [K in keyof typeof FILE_LIMITS]: number };
