/** Strings joined into one block string: a block costs one V8 string, not thousands. */
export const BLOCK = 4096;

/**
 * An append-only table of strings: an XLSX's shared strings (a million cells' worth). Every
 * 4,096 strings are joined end to end into one block string, with the end of each in a typed
 * array, so the table costs its characters and four bytes a string, not a V8 string apiece, and
 * holds no slice of the XML the strings were parsed from (a block is a copy; only the strings of
 * the block being filled still point into the XML, until `seal`). A string is read back as a slice
 * of its block: no copy, no decoding.
 */
export class StringTable {
  private blocks: string[] = [];
  private pending: string[] = [];
  private ends: Uint32Array;
  private count = 0;
  private sealed = false;

  /** `expected`: the strings the part declares, at most `maxBytes / 12` (`<si><t/></si>` is 12 bytes). */
  constructor(maxBytes: number, expected = 0) {
    this.ends = new Uint32Array(Math.max(1024, Math.min(expected, Math.ceil(maxBytes / 12))));
  }

  get size(): number {
    return this.count;
  }

  push(text: string): void {
    if (this.sealed) throw new Error('StringTable: push after seal');
    this.room(1);
    const start = this.pending.length === 0 ? 0 : this.ends[this.count - 1]!;
    this.ends[this.count++] = start + text.length;
    this.pending.push(text);
    if (this.pending.length === BLOCK) this.join();
  }

  /**
   * A block joined elsewhere (a helper worker, see shared-strings.ts): its strings end to end and
   * where each ends in it. Every block but the last holds BLOCK strings, as `push` makes them.
   */
  addBlock(text: string, ends: Uint32Array): void {
    if (this.sealed || this.pending.length > 0 || this.count % BLOCK !== 0 || ends.length > BLOCK) throw new Error('StringTable: a block out of turn');
    if (ends.length > 0 && ends[ends.length - 1] !== text.length) throw new Error('StringTable: a block that does not add up');
    this.room(ends.length);
    this.ends.set(ends, this.count);
    this.count += ends.length;
    this.blocks.push(text);
    if (ends.length < BLOCK) this.sealed = true;
  }

  private room(n: number): void {
    if (this.count + n <= this.ends.length) return;
    const grown = new Uint32Array(Math.max(this.ends.length * 2, this.count + n));
    grown.set(this.ends);
    this.ends = grown;
  }

  /** The table is complete: its last strings are joined too, so nothing points into the XML. */
  seal(): void {
    this.join();
    this.sealed = true;
  }

  private join(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(this.pending.join(''));
    this.pending = [];
  }

  /** The i-th string, or undefined past the end (a cell naming a string the table lacks). */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count && Number.isInteger(i))) return undefined;
    const block = Math.floor(i / BLOCK);
    const k = i % BLOCK;
    if (block === this.blocks.length) return this.pending[k];
    const start = k === 0 ? 0 : this.ends[i - 1]!;
    return this.blocks[block]!.slice(start, this.ends[i]);
  }
}
