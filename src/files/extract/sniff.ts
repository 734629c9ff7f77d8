/** A file's kind from its first bytes (magic numbers), the name only telling text formats apart. */
export type SniffedKind = 'pdf' | 'zip' | 'ole' | 'binary' | 'delimited' | 'text';

const starts = (b: Uint8Array, magic: number[]): boolean => magic.every((m, i) => b[i] === m);

const BINARY_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // PE
];

/** No NUL byte in the first 8 KiB (UTF-16 with a BOM is text too): what `file` and git also go by. */
function looksLikeText(b: Uint8Array): boolean {
  if (starts(b, [0xff, 0xfe]) || starts(b, [0xfe, 0xff])) return true;
  const n = Math.min(b.length, 8192);
  for (let i = 0; i < n; i++) if (b[i] === 0) return false;
  return true;
}

export function sniff(bytes: Uint8Array, name: string): SniffedKind {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  // The Compound File container: legacy Office, or an OOXML file encrypted with a password.
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (BINARY_MAGIC.some((m) => starts(bytes, m)) || !looksLikeText(bytes)) return 'binary';
  return /\.(csv|tsv)$/i.test(name) ? 'delimited' : 'text';
}

/** Text in its encoding: a UTF-16 BOM is honoured, anything else read as UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (starts(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (starts(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
