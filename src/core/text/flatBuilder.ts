// The flat text being built, and the map from each flat character back to its source offset, kept
// as segments (flat runs whose source offsets are contiguous). See flatten.ts.

export interface FlatText {
  flat: string;
  /** The source offset of flat[i]; for i === flat.length, the source length. */
  sourceAt(i: number): number;
  /** The flat index of the first flat character at or after a source offset. */
  flatIndexOf(offset: number): number;
}

export class FlatBuilder {
  /** Built with `+=`: V8 joins the pieces once, when the string is first read, cheaper than parts.join. */
  private flat = '';
  /** Segment k covers flat [flatStarts[k], flatStarts[k+1]) and starts at source srcStarts[k]. */
  readonly flatStarts: number[] = [];
  readonly srcStarts: number[] = [];
  length = 0;
  /** The source offset just after the last flat character's: a run starting there extends its segment. */
  private srcEnd = -1;
  /** Source copied but not yet added to `flat`, so that touching copies make one slice. */
  private copyFrom = 0;
  private copyTo = 0;
  private pendingSpace = false;
  private pendingSpaceAt = 0;

  constructor(private readonly text: string) {}

  space(at: number): void {
    if (!this.pendingSpace) this.pendingSpaceAt = at;
    this.pendingSpace = true;
  }

  /** Copies source [from, to), to > from, after the pending space if there is one and text before it. */
  copy(from: number, to: number): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      if (this.length > 0) {
        this.flushCopy();
        this.flat += ' ';
        this.map(this.pendingSpaceAt, 1);
      }
    }
    if (from !== this.copyTo) {
      this.flushCopy();
      this.copyFrom = from;
    }
    this.copyTo = to;
    this.map(from, to - from);
  }

  build(): string {
    this.flushCopy();
    return this.flat;
  }

  private flushCopy(): void {
    if (this.copyTo > this.copyFrom) this.flat += this.text.slice(this.copyFrom, this.copyTo);
    this.copyFrom = this.copyTo = -1;
  }

  private map(src: number, n: number): void {
    if (src !== this.srcEnd) {
      this.flatStarts.push(this.length);
      this.srcStarts.push(src);
    }
    this.length += n;
    this.srcEnd = src + n;
  }
}

export function makeFlatText(flat: string, flatStarts: number[], srcStarts: number[], sourceLength: number): FlatText {
  const segmentOf = (i: number): number => {
    let lo = 0;
    let hi = flatStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (flatStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    flat,
    sourceAt(i: number): number {
      if (i >= flat.length || flatStarts.length === 0) return sourceLength;
      if (i <= 0) return srcStarts[0] ?? 0;
      const k = segmentOf(i);
      return srcStarts[k]! + (i - flatStarts[k]!);
    },
    flatIndexOf(offset: number): number {
      // Segments are in source order: find the last segment starting at or before the offset.
      let lo = 0;
      let hi = srcStarts.length - 1;
      if (hi < 0) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (srcStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const start = srcStarts[lo]!;
      if (offset < start) return flatStarts[lo]!;
      const segmentLength = (flatStarts[lo + 1] ?? flat.length) - flatStarts[lo]!;
      const within = offset - start;
      return within < segmentLength ? flatStarts[lo]! + within : flatStarts[lo]! + segmentLength;
    },
  };
}
