/** A stretch of text [start, end) and what is shown in its place. */
export interface MaskedSpan {
  start: number;
  end: number;
  replacement: string;
}
