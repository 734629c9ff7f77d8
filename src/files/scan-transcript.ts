import type { Logger } from '../log/logger.js';
import type { Enriched, Finding } from '../policies/types.js';
import { FILE_LIMITS, type FileLimits } from './limits.js';
import { runExtraction } from './run-extraction.js';
import { createSegmentScanner } from './scan-segments.js';

export interface TranscriptScannerDeps {
  /** The policy engine's evaluate: the same rules as for a message's text. */
  readonly evaluate: (event: Enriched) => Finding[];
  readonly logger: Logger;
  readonly limits?: Partial<FileLimits>;
}

export interface TranscriptScanner {
  /** The findings over the event's transcript text, each saying who spoke and when (`where`). */
  scan(event: Enriched): Promise<Finding[]>;
}

/**
 * A meeting transcript is read like a file (SPEC §10): its text goes to the extraction worker,
 * which cuts it into passages (speaker and time), and the rules run over them chunk by chunk
 * with the event loop given back in between, under the files' limits. A find is placed at the
 * passage it is in (`Alice Example at 00:14:32`); what was read before a limit is still scanned.
 */
export function createTranscriptScanner(deps: TranscriptScannerDeps): TranscriptScanner {
  const limits: FileLimits = { ...FILE_LIMITS, ...deps.limits };
  return {
    async scan(event) {
      const { transcriptText: text, ...rest } = event;
      if (!text) return [];
      const scanner = createSegmentScanner('transcript', (chunk) => deps.evaluate({ ...rest, text: chunk }), limits);
      const bytes = Buffer.from(text, 'utf8');
      const extracted = await runExtraction({ bytes, name: 'transcript.txt', as: 'transcript', handOver: true }, limits, (batch) => scanner.add(batch));
      if (extracted.limit) deps.logger.info('transcript not fully inspected', { eventId: event.eventId, reason: extracted.limit });
      return scanner.finish().map(({ places, ...f }) => ({
        ...f,
        where: places?.map((p) => p.where) ?? [],
        ...(places?.[0]?.excerpt ? { excerpt: places[0].excerpt } : {}),
      }));
    },
  };
}
