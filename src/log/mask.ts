/**
 * Masking of sensitive values, shared by logs, cards and the database: what leaves Warden
 * names the kind of value and its last four characters, never the value.
 */
export type SensitiveKind = 'card' | 'credential' | 'text';

const BULLETS = '••••';

export function lastFour(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  return compact.slice(-4);
}

/** `•••• 1111` for a card number; `AWS access key •••• WXYZ` for a key; `••••` plus the tail otherwise. */
export function mask(value: string, kind: SensitiveKind = 'text', label?: string): string {
  const tail = value.length > 8 ? lastFour(value) : '';
  const masked = tail === '' ? BULLETS : `${BULLETS} ${tail}`;
  if (kind === 'credential' && label) return `${label} ${masked}`;
  return masked;
}

/** Replaces each span of `text` with its mask; spans are [start, end) offsets that may not overlap. */
export function maskSpans(text: string, spans: ReadonlyArray<{ start: number; end: number; kind: SensitiveKind; label?: string }>): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + mask(text.slice(s.start, s.end), s.kind, s.label);
    at = s.end;
  }
  return out + text.slice(at);
}
