const LF = 10;

/**
 * Maps byte offsets of a stream, read chunk by chunk, to line numbers. Offsets must be asked
 * in increasing order; one that falls in an earlier chunk gets the line where this chunk starts.
 */
export class ByteLines {
  private chunk: Uint8Array = new Uint8Array(0);
  private base = 0;
  private cursor = 0;
  private line = 1;

  /** Moves on to the next chunk of the stream. */
  push(chunk: Uint8Array): void {
    this.lineAt(this.base + this.chunk.length);
    this.base += this.chunk.length;
    this.chunk = chunk;
  }

  lineAt(offset: number): number {
    const end = Math.min(offset, this.base + this.chunk.length) - this.base;
    let from = Math.max(this.cursor - this.base, 0);
    while (from < end) {
      const next = this.chunk.indexOf(LF, from);
      if (next === -1 || next >= end) break;
      this.line += 1;
      from = next + 1;
    }
    this.cursor = Math.max(this.cursor, end + this.base);
    return this.line;
  }
}
