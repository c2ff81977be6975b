// What the CLI prints for each file, in the format asked for: text (a line per finding, compilers'
// style), JSON (one array, an object per file) or CSV (one table, a row per letter checked, with the
// statistics panel's columns). Letters come in natural order of their paths, after all are checked.
import { LineIndex, csvHeaderLine, reportCsvLine, summaryReport } from '../core';
import type { FileReport } from '../core';
import type { CliOptions } from './args';
import type { CheckedLetter, PlaceFile } from './letterSet';
import { pagesOf } from './pdf';

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  others: number;
  failures: number;
  /** Folders named or searched that hold no letter. */
  foldersWithoutLetters: number;
}

export class ReportPrinter {
  readonly totals: Totals = { files: 0, errors: 0, warnings: 0, others: 0, failures: 0, foldersWithoutLetters: 0 };
  private first = true;

  constructor(
    private readonly format: CliOptions['format'],
    private readonly write: (s: string) => void,
  ) {}

  /** A file that could not be checked: stderr has said why; JSON lists it too, CSV has no row for it. */
  failure(file: string, message: string): void {
    if (this.format === 'json') this.json({ file, letter: null, findings: [], error: message });
  }

  letter(entry: CheckedLetter, elsewhere: PlaceFile): void {
    const t = this.totals;
    for (const f of entry.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.others++;
    }
    // Line starts are worked out only for a letter with something to place.
    const lines = entry.findings.length > 0 ? new LineIndex(entry.text) : null;
    // A PDF letter's findings also say their page (text: p2:14:1, line within the page; JSON: "page").
    const pages = lines ? pagesOf(entry) : undefined;
    if (entry.summary && this.format === 'json') this.json(summaryReport(entry.file, entry.summary, entry.findings, lines ?? entry.text, pages, elsewhere));
    else if (entry.summary && this.format === 'csv') this.csv(summaryReport(entry.file, entry.summary, entry.findings, lines ?? entry.text));
    else if (lines) {
      const at = (offset: number): string => {
        const p = lines.positionAt(offset);
        return pages ? pages.label(offset) : `${p.line + 1}:${p.character + 1}`;
      };
      for (const f of entry.findings) {
        this.write(`${entry.file}:${at(f.span.start)}: ${f.severity} ${f.code} ${f.message}\n`);
        // A related place in another file (a letter of the majority, a line of the official figures)
        // follows as a note, placed so terminals link it; places in the letter itself need no line.
        for (const r of f.related) if (r.file !== undefined) this.write(`${placeIn(r.file, r.span.start, elsewhere)}: note: ${r.message}\n`);
      }
    }
  }

  /** The end of the output: JSON's closing bracket, text's summary line; CSV ends with its last row. */
  end(): void {
    if (this.format === 'json') this.write(this.first ? '[]\n' : '\n]\n');
    else if (this.format === 'csv') {
      if (this.first) this.write(csvHeaderLine());
    } else this.write(summaryLine(this.totals));
  }

  /** Streamed in chunks so a large folder never sits in memory as one string. */
  private json(report: FileReport): void {
    // Typed as FileReport; test/cli validates the output against CliJsonSchema, so no per-file parse here.
    this.write(`${this.first ? '[\n' : ',\n'}${JSON.stringify(report)}`);
    this.first = false;
  }

  private csv(report: FileReport): void {
    if (this.first) this.write(csvHeaderLine());
    this.first = false;
    this.write(reportCsvLine(report));
  }
}

/** `file:line:col`, or `file:p2:line:col` in a PDF letter; the file alone where it cannot be placed. */
function placeIn(file: string, offset: number, elsewhere: PlaceFile): string {
  const there = elsewhere(file);
  if (!there) return file;
  if (there.pages) return `${file}:${there.pages.label(offset)}`;
  const p = there.lines.positionAt(offset);
  return `${file}:${p.line + 1}:${p.character + 1}`;
}

function summaryLine(t: Totals): string {
  const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  const parts = [n(t.errors, 'error'), n(t.warnings, 'warning'), `${t.others} information/hint`];
  const failed = t.failures > 0 ? `, ${n(t.failures, 'file')} not checked` : '';
  const empty = t.foldersWithoutLetters > 0 ? `, ${n(t.foldersWithoutLetters, 'folder')} without letters` : '';
  // Each file and folder that gave no letter has had its line on stderr.
  if (t.files === 0) return '\nNo letters checked.\n';
  return `\n${n(t.files, 'letter')} checked: ${parts.join(', ')}${failed}${empty}\n`;
}
