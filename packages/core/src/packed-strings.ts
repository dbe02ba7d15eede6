/**
 * Many short strings held as one: their text joined, and where each ends. Exact for any
 * content (no separator to collide with), a handful of heap objects instead of one per string,
 * and it crosses to a worker thread as one string and one typed array. The import holds its
 * lookup tables this way (the keys of referenced tables, the ids of every lead): held as
 * hundreds of thousands of separate strings, they lived long enough to be promoted to the old
 * generation, where they stayed as garbage after use, and they cost every collection of the
 * thread holding them.
 */
export interface PackedStrings {
  /** The strings, one after the other, unseparated. */
  readonly text: string;
  /** Where each string ends in `text`; each starts where the one before it ends. */
  readonly ends: Int32Array;
}

/**
 * Strings joined into one every this many while building: few enough to die young, where
 * keeping all of them to the end made them survive into the old generation.
 */
const STRINGS_PER_CHUNK = 12_288;

/** Collects strings, in order, into PackedStrings. */
export class PackedStringsBuilder {
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  private ends: Int32Array;
  private count = 0;
  private length = 0;

  /** `capacity`: how many strings are expected; more are taken, at the cost of a copy. */
  constructor(capacity = 1024) {
    this.ends = new Int32Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  add(value: string): void {
    if (this.count === this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.length += value.length;
    this.ends[this.count] = this.length;
    this.count += 1;
    this.parts.push(value);
    if (this.parts.length >= STRINGS_PER_CHUNK) this.flush();
  }

  build(): PackedStrings {
    this.flush();
    return { text: this.chunks.join(''), ends: this.ends.subarray(0, this.count) };
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(this.parts.join(''));
    this.parts = [];
  }
}

/** PackedStrings of `values`, in their order. */
export function packStrings(values: Iterable<string>, capacity?: number): PackedStrings {
  const builder = new PackedStringsBuilder(capacity);
  for (const value of values) builder.add(value);
  return builder.build();
}

/** The string at `index`. */
export function packedStringAt(packed: PackedStrings, index: number): string {
  return packed.text.slice(index === 0 ? 0 : packed.ends[index - 1]!, packed.ends[index]!);
}

/** Every string of `packed`, as a set. */
export function packedStringSet(packed: PackedStrings): Set<string> {
  const set = new Set<string>();
  let start = 0;
  for (let index = 0; index < packed.ends.length; index += 1) {
    const end = packed.ends[index]!;
    set.add(packed.text.slice(start, end));
    start = end;
  }
  return set;
}
