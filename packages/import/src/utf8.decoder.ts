/**
 * Decodes a file's bytes chunk by chunk and notices bytes that are not UTF-8 (DOMAIN.md
 * "Plausible data"). One fatal TextDecoder per file, which is also faster than StringDecoder;
 * at the first bad byte the rest of the file is decoded with replacement characters instead,
 * and `invalid` tells the reader to refuse the values holding one (from then on a U+FFFD in
 * the file counts as a bad byte: in a file that already has some, it almost always is one).
 */
export class Utf8Decoder {
  private readonly strict = new TextDecoder('utf-8', { fatal: true });
  private lenient: InstanceType<typeof TextDecoder> | null = null;
  private previous: Uint8Array | null = null;

  get invalid(): boolean {
    return this.lenient !== null;
  }

  write(chunk: Uint8Array): string {
    if (this.lenient !== null) return this.lenient.decode(chunk, { stream: true });
    try {
      const text = this.strict.decode(chunk, { stream: true });
      this.previous = chunk;
      return text;
    } catch {
      return this.fallBack(chunk, true);
    }
  }

  end(): string {
    if (this.lenient !== null) return this.lenient.decode();
    try {
      return this.strict.decode();
    } catch {
      return this.fallBack(new Uint8Array(0), false);
    }
  }

  /** The strict decoder dropped the incomplete sequence the previous chunk ended with: decode it again. */
  private fallBack(chunk: Uint8Array, stream: boolean): string {
    this.lenient = new TextDecoder('utf-8', { ignoreBOM: true });
    const tail = this.previous === null ? new Uint8Array(0) : incompleteTail(this.previous);
    const bytes = new Uint8Array(tail.length + chunk.length);
    bytes.set(tail);
    bytes.set(chunk, tail.length);
    const text = this.lenient.decode(bytes, { stream });
    return this.previous === null && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** The bytes after the last complete UTF-8 sequence of `bytes` (at most 3). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** The first value holding a replacement character, as a bad row's problem. */
export function invalidUtf8Problem(values: readonly unknown[], fieldOf: (index: number) => string): { field: string; reason: string; value: string } | null {
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (typeof value === 'string' && value.includes('\uFFFD')) return { field: fieldOf(index), reason: 'is not valid UTF-8', value };
  }
  return null;
}
