import PQueue from 'p-queue';
import type { Logger } from '../log/logger.js';
import type { Enriched, Finding } from '../policies/types.js';
import type { ContentsApi } from '../webex/contents.js';
import { FILE_LIMITS, type FileLimits } from './limits.js';
import { runExtraction } from './run-extraction.js';
import { createSegmentScanner } from './scan-segments.js';
import type { NotInspectedReason } from './types.js';

export interface FileScannerDeps {
  /** The compliance token's `/contents` calls (src/webex/contents.ts). */
  readonly contents: ContentsApi;
  /** The policy engine's evaluate: the same rules as for a message's text. */
  readonly evaluate: (event: Enriched) => Finding[];
  readonly logger: Logger;
  /** FILE_SCAN_MAX_BYTES. */
  readonly maxBytes: number;
  /** Tests lower a limit to meet it with a small file. */
  readonly limits?: Partial<FileLimits>;
}

export interface NotInspected {
  name: string;
  reason: NotInspectedReason;
}

export interface FileScanResult {
  /** One per rule, over every file of the message, each with the places it was found. */
  findings: Finding[];
  notInspected: NotInspected[];
}

export interface FileScanner {
  /** Reads and scans every file of a message; nothing of a file outlives this call. */
  scan(event: Enriched): Promise<FileScanResult>;
}

/** Everything of the message but its files, with the file's text in place of the message's. */
function textEvent(event: Enriched, text: string): Enriched {
  const { files: _files, filesNotInspected: _ni, ...rest } = event;
  return { ...rest, text };
}

function mergeInto(all: Map<string, Finding>, found: Finding[]): void {
  for (const f of found) {
    const seen = all.get(f.rule);
    if (!seen) all.set(f.rule, { ...f, evidence: [...f.evidence], places: [...(f.places ?? [])] });
    else {
      seen.evidence.push(...f.evidence.filter((e) => !seen.evidence.includes(e)));
      seen.places = [...(seen.places ?? []), ...(f.places ?? [])];
    }
  }
}

export function createFileScanner(deps: FileScannerDeps): FileScanner {
  const limits: FileLimits = { ...FILE_LIMITS, ...deps.limits };
  const log = deps.logger;
  // One extraction at a time: each worker has its own heap (see limits.ts).
  const extractions = new PQueue({ concurrency: limits.parallelExtractions });

  async function scanOne(event: Enriched, url: string, index: number, all: Map<string, Finding>, notInspected: NotInspected[]): Promise<void> {
    const got = await deps.contents.read(url, deps.maxBytes);
    const name = got.info.name ?? `file ${index + 1}`;
    if (got.kind === 'not-read') {
      notInspected.push({ name, reason: got.reason });
      log.info('file not inspected', { eventId: event.eventId, file: index + 1, reason: got.reason, bytes: got.info.size });
      return;
    }
    const scanner = createSegmentScanner(name, (text) => deps.evaluate(textEvent(event, text)), limits);
    const bytes = got.bytes.length;
    // The download's memory goes to the worker: the file is held once, in the worker, while it is read.
    const file = { bytes: got.bytes, name, type: got.info.type, handOver: true };
    const extracted = await extractions.add(() => runExtraction(file, limits, (batch) => scanner.add(batch)), { throwOnTimeout: true });
    mergeInto(all, scanner.finish());
    if (extracted.limit) {
      notInspected.push({ name, reason: extracted.limit });
      log.info('file not fully inspected', { eventId: event.eventId, file: index + 1, reason: extracted.limit, bytes });
    } else log.debug('file scanned', { eventId: event.eventId, file: index + 1, bytes });
  }

  return {
    async scan(event) {
      const all = new Map<string, Finding>();
      const notInspected: NotInspected[] = [];
      const files = event.files ?? [];
      for (const [i, url] of files.entries()) await scanOne(event, url, i, all, notInspected);
      return { findings: [...all.values()], notInspected };
    },
  };
}
