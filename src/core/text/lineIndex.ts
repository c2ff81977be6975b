// Maps UTF-16 offsets to zero-based line/character positions, as VS Code and LSP count them.
// Line breaks are \n, \r\n and a lone \r (PDF-to-text output sometimes has CR-only line ends).

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is 0. */
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\r'), j = text.indexOf('\n'); i >= 0 || j >= 0; ) {
      // Advance whichever break comes first; treat \r\n as one.
      if (i >= 0 && (j < 0 || i < j)) {
        const next = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        starts.push(next);
        if (next === i + 2) j = text.indexOf('\n', next);
        i = text.indexOf('\r', next);
      } else {
        starts.push(j + 1);
        j = text.indexOf('\n', j + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - (this.lineStarts[lo] ?? 0) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line] ?? 0;
    const next = this.lineStarts[position.line + 1] ?? this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
