import type { Sink } from './sink.js';

/** Lines per segment: one segment names its first line, its parts each line. */
const LINES_PER_SEGMENT = 64;

/**
 * Plain text, JSON, Markdown, logs: by line. CSV/TSV: by row (a quoted field may span lines, so
 * rows are what the reader sees; a split value is still found in the segment's joined text).
 */
export function textSegments(text: string, sink: Sink, prefix: string, delimited: boolean): void {
  const unit = delimited ? 'row' : 'line';
  const lines = text.split(/\r\n|\n|\r/);
  for (let first = 0; first < lines.length; first += LINES_PER_SEGMENT) {
    const chunk = lines.slice(first, first + LINES_PER_SEGMENT);
    const starts: number[] = [];
    const names: string[] = [];
    let at = 0;
    chunk.forEach((line, i) => {
      starts.push(at);
      names.push(String(first + i + 1));
      at += line.length + 1;
    });
    sink.add({ where: `${prefix}${unit} `, whereNo: first + 1, text: chunk.join('\n'), parts: { label: `${prefix}${unit} `, starts, names } });
  }
}
