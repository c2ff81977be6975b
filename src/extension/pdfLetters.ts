// PDF letters in the editor: "Letter Review: Open PDF as Letter Text" opens a PDF's text layer as a
// read-only document in the letter language, served by a read-only file system on a scheme of its
// own (so it can never be saved over the PDF). The document is a letter like any other: the
// letter service checks it, and diagnostics, hover, outline, folding, highlighting and the statistics
// panel follow. The text comes through the service's PDF reader (pdf.js in its own worker, loaded on
// the first PDF), read with vscode.workspace.fs, so it works in the web worker extension host too.
import * as vscode from 'vscode';
import { isPdfUri, readLetterText } from '../service/letterText';
import type { LetterText, PdfTextReader } from '../service/letterText';
import type { LetterReviewSettings } from '../service/settings';
import type { PageSpan } from '../pdf/protocol';
import { LETTER_LANGUAGE } from '../service/detection';
import { t } from './l10n';

export const PDF_TEXT_SCHEME = 'letter-review-pdf';
export const OPEN_PDF_COMMAND = 'letterReview.openPdf';

/** The letter-text document of a PDF file: the PDF's own path (so tabs and Problems name the PDF), its URI in the query. */
export function pdfTextUri(pdf: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PDF_TEXT_SCHEME, path: pdf.path, query: pdf.toString() });
}

/** The PDF file a letter-text document shows; undefined for any other document. */
export function pdfSourceOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== PDF_TEXT_SCHEME) return undefined;
  try {
    return vscode.Uri.parse(uri.query, true);
  } catch {
    return undefined;
  }
}

/** The file a letter's settings and ignore-list path come from: for a PDF's letter text, the PDF. */
export function letterFileOf(key: string): vscode.Uri {
  const uri = vscode.Uri.parse(key);
  return pdfSourceOf(uri) ?? uri;
}

/**
 * The service keys under which one PDF's review may stand, and the document its diagnostics go to:
 * the open letter-text document's, and the PDF file's (Check All Letters reads the file). Problems
 * rows of a PDF open its letter text, where the finding's line is.
 */
export function pdfKeysOf(key: string): { target: vscode.Uri; keys: string[] } | undefined {
  const uri = vscode.Uri.parse(key);
  const source = pdfSourceOf(uri) ?? (isPdfUri(key) && uri.scheme !== PDF_TEXT_SCHEME ? uri : undefined);
  if (!source) return undefined;
  const target = pdfTextUri(source);
  return { target, keys: [target.toString(), source.toString()] };
}

/** A PDF's letter text as last read, with the PDF's times: unchanged times, the same text. */
interface LoadedText {
  bytes: Uint8Array;
  mtime: number;
  ctime: number;
}

/**
 * Letter texts of PDFs as a read-only file system on a scheme of its own. A file system (rather than a
 * content provider) because VS Code restores a file system's tabs after a window reload, activating the
 * extension for it (`onFileSystem:letter-review-pdf`); a content provider's tabs were lost. Each text is
 * read again when its PDF's modification time changes.
 */
export class PdfLetterTexts implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly pages = new Map<string, PageSpan[]>();
  private readonly loaded = new Map<string, LoadedText>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  /** Fires for a letter text whose PDF changed on disk: VS Code then reads it again. */
  readonly onDidChangeFile = this.changed.event;
  /** Watches PDFs for changes from the first letter text read (not at activation). */
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly reader: PdfTextReader,
    private readonly settingsFor: (uri: vscode.Uri) => LetterReviewSettings,
  ) {}

  /** Reads the PDF a letter-text document shows, and keeps its text for the document. */
  async load(uri: vscode.Uri): Promise<LetterText> {
    const source = pdfSourceOf(uri);
    if (!source) return { unreadable: t('this document does not name a PDF file') };
    let bytes: Uint8Array;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(source);
      bytes = await vscode.workspace.fs.readFile(source);
    } catch {
      return { unreadable: t('the file cannot be read') };
    }
    const read = await readLetterText(source.toString(), bytes, this.settingsFor(source), this.reader);
    if ('unreadable' in read) return read;
    if (read.pages) this.pages.set(uri.toString(), read.pages);
    this.loaded.set(uri.toString(), { bytes: new TextEncoder().encode(read.text), mtime: stat.mtime, ctime: stat.ctime });
    this.watchPdfs();
    return read;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const text = await this.current(uri);
    return { type: vscode.FileType.File, ctime: text.ctime, mtime: text.mtime, size: text.bytes.length, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return (await this.current(uri)).bytes;
  }

  watch(): vscode.Disposable {
    this.watchPdfs();
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): never {
    throw vscode.FileSystemError.FileNotADirectory();
  }

  createDirectory(): never {
    throw this.readOnly();
  }

  writeFile(): never {
    throw this.readOnly();
  }

  delete(): never {
    throw this.readOnly();
  }

  rename(): never {
    throw this.readOnly();
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }

  /** Where each page of the PDF starts in a letter-text document's text. */
  pagesOf(uri: string): PageSpan[] | undefined {
    return this.pages.get(uri);
  }

  /** The text as last read, or read again when the PDF's times changed (or it was never read: a restored tab). */
  private async current(uri: vscode.Uri): Promise<LoadedText> {
    const source = pdfSourceOf(uri);
    if (!source) throw vscode.FileSystemError.FileNotFound(uri);
    const known = this.loaded.get(uri.toString());
    if (known) {
      const stat = await vscode.workspace.fs.stat(source).then((s) => s, () => undefined);
      if (stat?.mtime === known.mtime && stat.ctime === known.ctime) return known;
    }
    const read = await this.load(uri);
    // VS Code shows the reason where the document would be.
    if ('unreadable' in read) throw vscode.FileSystemError.Unavailable(t('Letter Review cannot check {0}: {1}.', vscode.workspace.asRelativePath(source), read.unreadable));
    return this.loaded.get(uri.toString())!;
  }

  private readOnly(): vscode.FileSystemError {
    return vscode.FileSystemError.NoPermissions(t('A PDF\'s letter text is read-only.'));
  }

  private watchPdfs(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*.pdf', true, false, true);
    this.watcher.onDidChange((pdf) => {
      const text = pdfTextUri(pdf);
      if (this.loaded.has(text.toString())) this.changed.fire([{ type: vscode.FileChangeType.Changed, uri: text }]);
    });
  }
}

/** The letter-text file system, the command that opens its documents, and the language of restored ones. */
export function registerPdfLetters(texts: PdfLetterTexts): vscode.Disposable {
  // Once per document and session: a language the user then chooses stays (a language change reopens the document).
  const given = new Set<string>();
  const inLetterLanguage = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.uri.scheme !== PDF_TEXT_SCHEME || given.has(key)) return;
    given.add(key);
    if (document.languageId !== LETTER_LANGUAGE) void vscode.languages.setTextDocumentLanguage(document, LETTER_LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(inLetterLanguage);
  return vscode.Disposable.from(
    vscode.workspace.registerFileSystemProvider(PDF_TEXT_SCHEME, texts, { isReadonly: true, isCaseSensitive: true }),
    vscode.workspace.onDidOpenTextDocument(inLetterLanguage),
    vscode.commands.registerCommand(OPEN_PDF_COMMAND, (uri?: unknown) => openPdfAsLetter(texts, uri instanceof vscode.Uri ? uri : undefined)),
    texts,
  );
}

/** Opens the PDF (from the explorer, the active editor, or a file picker) as a letter. */
export async function openPdfAsLetter(texts: PdfLetterTexts, target?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const pdf = target ?? activePdf() ?? (await pickPdf());
  if (!pdf) return undefined;
  if (!isPdfUri(pdf.toString())) {
    void vscode.window.showWarningMessage(t('Letter Review opens PDF files (.pdf) as letter text; {0} is not one.', vscode.workspace.asRelativePath(pdf)));
    return undefined;
  }
  const uri = pdfTextUri(pdf);
  const read = await texts.load(uri);
  if ('unreadable' in read) {
    void vscode.window.showErrorMessage(t('Letter Review cannot check {0}: {1}.', vscode.workspace.asRelativePath(pdf), read.unreadable));
    return undefined;
  }
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== LETTER_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, LETTER_LANGUAGE);
  return vscode.window.showTextDocument(document, { preview: false });
}

function activePdf(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (uri) return pdfSourceOf(uri);
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  // A PDF open in a viewer (a custom editor from another extension).
  if (input && typeof input === 'object' && 'uri' in input && input.uri instanceof vscode.Uri && isPdfUri(input.uri.toString())) return input.uri;
  return undefined;
}

async function pickPdf(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('PDF letters')]: ['pdf'] }, openLabel: t('Open as Letter Text') });
  return picked?.[0];
}
