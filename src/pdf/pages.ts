// Where an offset in a PDF letter's text stands on the printed pages: page number (from 1), and
// line and character within that page (from 0, as LSP counts). Findings are located in the text;
// a reviewer holding the PDF looks for them by page.
import { LineIndex } from '../core/text/lineIndex';
import type { PageSpan } from './protocol';

export interface PagePosition {
  page: number;
  line: number;
  character: number;
}

export class PageIndex {
  private readonly lines: LineIndex;
  /** The text line each page starts on. */
  private readonly firstLines: number[];

  constructor(text: string, private readonly pages: readonly PageSpan[]) {
    this.lines = new LineIndex(text);
    this.firstLines = pages.map((p) => this.lines.positionAt(p.start).line);
  }

  /** The page an offset falls on; an offset between two pages belongs to the page before. */
  pageAt(offset: number): number {
    return this.pages[this.slot(offset)]?.number ?? 1;
  }

  positionAt(offset: number): PagePosition {
    const slot = this.slot(offset);
    const p = this.lines.positionAt(offset);
    return { page: this.pages[slot]?.number ?? 1, line: p.line - (this.firstLines[slot] ?? 0), character: p.character };
  }

  /** `p2:14:1`: page, then line and column within the page counted from 1, as the CLI prints them. */
  label(offset: number): string {
    const p = this.positionAt(offset);
    return `p${p.page}:${p.line + 1}:${p.character + 1}`;
  }

  /** Index of the last page starting at or before the offset. */
  private slot(offset: number): number {
    let lo = 0;
    let hi = this.pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pages[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
