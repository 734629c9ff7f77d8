/**
 * An append-only table of strings kept as UTF-8 in one buffer, with their end offsets in another:
 * an XLSX's shared strings (a million cells' worth) cost their bytes and four more each, not a V8
 * string apiece, and hold no slice of the XML they were parsed from. Sized from the XML part it
 * is read from, so it is allocated once; pages the strings never reach are never touched.
 */
export class StringTable {
  private bytes: Buffer;
  private ends: Uint32Array;
  private used = 0;
  private count = 0;
  /** Every string so far is ASCII, so a string is read back as Latin-1, without UTF-8 decoding. */
  private ascii = true;

  /** `maxBytes`: the part's inflated size (its text is shorter); `expected`: the strings it declares. */
  constructor(maxBytes: number, expected = 0) {
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1024, maxBytes));
    // The declared count is the file's word: no more than the part could hold (`<si><t/></si>` is 12 bytes).
    this.ends = new Uint32Array(Math.max(1024, Math.min(expected, Math.ceil(maxBytes / 12))));
  }

  get size(): number {
    return this.count;
  }

  push(text: string): void {
    // At most 3 bytes of UTF-8 per UTF-16 unit: room for that, with no pass to measure it.
    if (this.used + text.length * 3 > this.bytes.length) this.bytes = grow(this.bytes, this.used, this.used + text.length * 3);
    const written = this.bytes.write(text, this.used, 'utf8');
    if (written !== text.length) this.ascii = false;
    this.used += written;
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.count++] = this.used;
  }

  /** The i-th string, or undefined past the end (a cell naming a string the table lacks). */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const start = i === 0 ? 0 : this.ends[i - 1]!;
    return this.bytes.toString(this.ascii ? 'latin1' : 'utf8', start, this.ends[i]);
  }
}

/** A bigger buffer with the first `used` bytes of `from`: a part larger than its header said. */
function grow(from: Buffer, used: number, need: number): Buffer {
  const to = Buffer.allocUnsafeSlow(Math.max(need, Math.floor(from.length * 1.5)));
  from.copy(to, 0, 0, used);
  return to;
}
