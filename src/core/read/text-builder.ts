// A long string built from many pieces, kept as UTF-16 code units in one typed array until it
// is wanted whole. Joining held strings instead keeps every piece on the JS heap until the
// end and then copies them all once more: on the 100k-element page that was 1.2 MB of chunks
// promoted to the old generation plus a 1.2 MB joined copy (decision 0013). Here each piece
// dies young, right after it is copied, and the whole is made once, by a decoder.

/** Code units of one UTF-16 string, in the platform's byte order. */
const decoder = (() => {
  let decoder: TextDecoder | undefined;
  return () => {
    if (!decoder) {
      const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
      // ignoreBOM keeps a leading U+FEFF as text; lone surrogates become U+FFFD, one unit each,
      // so every offset into the text stays right.
      decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
    }
    return decoder;
  };
})();

export class TextBuilder {
  private units = new Uint16Array(1024);
  private size = 0;
  private built: string | null = '';

  get length(): number {
    return this.size;
  }

  append(piece: string): void {
    const length = piece.length;
    if (!length) return;
    if (this.size + length > this.units.length) this.grow(this.size + length);
    const { units } = this;
    let at = this.size;
    for (let i = 0; i < length; i++) {
      const unit = piece.charCodeAt(i);
      // Full-width digits, point and percent (１２．５％) read as ASCII: every parser and
      // pattern then sees one kind of number. One unit each, so offsets are unchanged.
      units[at++] = (unit >= 0xff10 && unit <= 0xff19) || unit === 0xff0e || unit === 0xff05 ? unit - 0xfee0 : unit;
    }
    this.size = at;
    this.built = null;
  }

  /** Everything appended, as one string (made once, until the next append). */
  toString(): string {
    if (this.built === null) this.built = decoder().decode(this.units.subarray(0, this.size));
    return this.built;
  }

  private grow(needed: number): void {
    const next = new Uint16Array(Math.max(needed, this.units.length * 2));
    next.set(this.units.subarray(0, this.size));
    this.units = next;
  }
}
