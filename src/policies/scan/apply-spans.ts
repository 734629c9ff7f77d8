import type { MaskedSpan } from './masked-span.js';

export interface Applied {
  text: string;
  /** Maps an offset of the original text to the matching offset of the new one. */
  at(offset: number): number;
}

/** Replaces each span by its replacement; a span overlapping an earlier (or longer) one is dropped. */
export function applySpans(text: string, spans: readonly MaskedSpan[]): Applied {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<MaskedSpan & { outStart: number }> = [];
  let out = '';
  let from = 0;
  for (const s of ordered) {
    if (s.start < from) continue;
    out += text.slice(from, s.start);
    kept.push({ ...s, outStart: out.length });
    out += s.replacement;
    from = s.end;
  }
  out += text.slice(from);
  const at = (offset: number): number => {
    let shift = 0;
    for (const s of kept) {
      if (offset < s.start) break;
      if (offset < s.end) return s.outStart;
      shift += s.replacement.length - (s.end - s.start);
    }
    return offset + shift;
  };
  return { text: out, at };
}
