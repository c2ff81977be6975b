// Test PDFs made from letter texts with pdfkit, laid out as the Ombudsman's PDFs are: paragraphs
// wrapped to the page width (hard wraps), bold figures inside sentences, a figure alone on its line
// in a larger size, headings, page breaks wherever the page is full, and an optional page footer
// ("Rochford District Council … For the period ending: 31/03/20") at the foot of every page.
// Each PDF comes with the text a PDF-to-text reading of it must give: its lines as placed, an empty
// line where the layout leaves a paragraph gap, pages joined by an empty line.
import PDFDocument from 'pdfkit';

export type FontFamily = 'Helvetica' | 'Times';

export interface PdfLayout {
  family?: FontFamily;
  /** Body size in points (headings are 1 pt larger, a figure alone on its line 20 pt). */
  size?: number;
  /** [width, height] in points; A4 by default. */
  page?: [number, number];
  /** Left and right parts of a footer printed at the foot of every page. */
  footer?: [string, string];
  /** Curly quotes and apostrophes, en dashes for spaced hyphens, as word processors print them. */
  typography?: boolean;
  /** pdfkit document options (passwords, permissions, PDF version). */
  options?: PDFKit.PDFDocumentOptions;
}

export interface LetterPdf {
  bytes: Uint8Array;
  /** The text the PDF's text layer gives when read line by line: its pages joined by an empty line. */
  text: string;
  /** Each page's lines. */
  pages: string[];
  pageCount: number;
}

interface Segment {
  text: string;
  bold: boolean;
}
type Word = Segment[];
type Block = { kind: 'gap' } | { kind: 'line'; words: Word[]; style: 'body' | 'heading' | 'figure' };

const MARGIN = 72;
const FIGURE_SIZE = 20;
const LEADING = 1.2;
/** A paragraph gap leaves at least this many line heights of the larger font between baselines. */
const GAP = 1.8;

/** Word processors' typography: ’ for apostrophes, “ ” for quotes, – for a spaced hyphen. */
export function typeset(text: string): string {
  return text
    .replace(/\b'\b/g, '\u2019')
    .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
    .replace(/ - /g, ' \u2013 ');
}

/** The letter's lines as blocks, Markdown dress removed: headings, **bold**, [links](#), <u>. */
function blocksOf(letter: string): Block[] {
  return letter.split(/\r\n|\r|\n/).map((raw): Block => {
    const heading = /^#{1,6} /.test(raw);
    const line = raw.replace(/^#{1,6} /, '').replace(/<\/?u>/g, '').replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1').trim();
    if (line === '') return { kind: 'gap' };
    const words = line.split(/ +/).map(segmentsOf);
    const plain = words.map((w) => w.map((s) => s.text).join('')).join(' ');
    const style = heading ? 'heading' : /^\d+%?$/.test(plain) ? 'figure' : 'body';
    return { kind: 'line', words, style };
  });
}

let boldOpen = false;
function segmentsOf(word: string): Word {
  const segments: Word = [];
  word.split('**').forEach((text, i) => {
    if (i > 0) boldOpen = !boldOpen;
    if (text !== '') segments.push({ text, bold: boldOpen });
  });
  return segments;
}

export async function letterPdf(letter: string, layout: PdfLayout = {}): Promise<LetterPdf> {
  const family = layout.family ?? 'Helvetica';
  const size = layout.size ?? 11;
  const [width, height] = layout.page ?? [595.28, 841.89];
  const doc = new PDFDocument({ size: [width, height], margin: 0, autoFirstPage: false, compress: true, ...layout.options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const font = (bold: boolean): string => (family === 'Helvetica' ? (bold ? 'Helvetica-Bold' : 'Helvetica') : bold ? 'Times-Bold' : 'Times-Roman');
  const measure = (text: string, bold: boolean, pt: number): number => doc.font(font(bold)).fontSize(pt).widthOfString(text);

  boldOpen = false;
  const blocks = blocksOf(layout.typography ? typeset(letter) : letter);
  const pages: string[][] = [];
  let lines: string[] = [];
  let y = 0;
  let previous = 0; // size of the last line placed on this page, 0 at the top
  let gap = false;
  const bottom = height - MARGIN - (layout.footer ? 3 * size : 0);
  const newPage = (): void => {
    if (pages.length > 0 || lines.length > 0) finishPage();
    doc.addPage({ size: [width, height], margin: 0 });
    lines = [];
    y = MARGIN;
    previous = 0;
    gap = false;
  };
  const finishPage = (): void => {
    if (layout.footer && lines.length > 0) {
      const [left, right] = layout.footer;
      const base = height - MARGIN / 2;
      doc.font(font(false)).fontSize(size - 3).text(left, MARGIN, base, { lineBreak: false, baseline: 'alphabetic' });
      doc.text(right, width - MARGIN - measure(right, false, size - 3), base, { lineBreak: false, baseline: 'alphabetic' });
      lines.push('', `${left} ${right}`);
    }
    pages.push(lines);
  };
  const place = (words: Word[], pt: number, bold: boolean): void => {
    const step = previous === 0 ? pt : gap ? Math.max(LEADING * pt + LEADING * size, GAP * Math.max(pt, previous)) : LEADING * pt;
    if (y + step > bottom) {
      newPage();
      return place(words, pt, bold);
    }
    y += step;
    if (gap && previous !== 0) lines.push('');
    drawLine(words, pt, bold);
    lines.push(words.map((w) => w.map((s) => s.text).join('')).join(' '));
    previous = pt;
    gap = false;
  };
  const drawLine = (words: Word[], pt: number, allBold: boolean): void => {
    let x = MARGIN;
    const space = measure(' ', false, pt);
    let run: Segment | null = null;
    let runX = x;
    const flush = (): void => {
      if (run) doc.font(font(run.bold)).fontSize(pt).text(run.text, runX, y, { lineBreak: false, baseline: 'alphabetic' });
      run = null;
    };
    words.forEach((word, i) => {
      if (i > 0) x += space;
      word.forEach((s, j) => {
        const bold = allBold || s.bold;
        if (run && run.bold === bold) run.text += (j === 0 ? ' ' : '') + s.text;
        else {
          flush();
          run = { text: s.text, bold };
          runX = x;
        }
        x += measure(s.text, bold, pt);
      });
    });
    flush();
  };
  const wrap = (words: Word[], pt: number, bold: boolean): Word[][] => {
    const out: Word[][] = [];
    let current: Word[] = [];
    let used = 0;
    const space = measure(' ', false, pt);
    for (const word of words) {
      const w = word.reduce((sum, s) => sum + measure(s.text, bold || s.bold, pt), 0);
      if (current.length > 0 && used + space + w > width - 2 * MARGIN) {
        out.push(current);
        current = [];
        used = 0;
      }
      used += (current.length > 0 ? space : 0) + w;
      current.push(word);
    }
    if (current.length > 0) out.push(current);
    return out;
  };

  newPage();
  for (const block of blocks) {
    if (block.kind === 'gap') {
      gap = true;
      continue;
    }
    const pt = block.style === 'figure' ? FIGURE_SIZE : block.style === 'heading' ? size + 1 : size;
    const bold = block.style !== 'body';
    for (const words of wrap(block.words, pt, bold)) place(words, pt, bold);
  }
  finishPage();
  doc.end();
  await ended;
  const texts = pages.map((p) => p.join('\n'));
  return { bytes: new Uint8Array(Buffer.concat(chunks)), text: texts.join('\n\n'), pages: texts, pageCount: pages.length };
}
