/** Reading what is inside shared files (SPEC §8): the part's one front door. */
export { createFileScanner, type FileScanner, type FileScannerDeps, type FileScanResult, type NotInspected } from './create-file-scanner.js';
export { mergeFindings } from './merge-findings.js';
export { FILE_LIMITS, type FileLimits } from './limits.js';
export { createTranscriptScanner, type TranscriptScanner } from './scan-transcript.js';
