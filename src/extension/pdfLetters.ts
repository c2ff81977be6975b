// PDF letters in the editor: "Letter Review: Open PDF as Letter Text" opens a PDF's text layer as a
// read-only document in the letter language, served by a TextDocumentContentProvider on a scheme of
// its own (so it can never be saved over the PDF). The document is a letter like any other: the
// letter service checks it, and diagnostics, hover, outline, folding, highlighting and the statistics
// panel follow. The text comes through the service's PDF reader (pdf.js in its own worker, loaded on
// the first PDF), read with vscode.workspace.fs, so it works in the web worker extension host too.
import * as vscode from 'vscode';
import { isPdfUri, readLetterText } from '../service/letterText';
import type { LetterText, PdfTextReader } from '../service/letterText';
import type { LetterReviewSettings } from '../service/settings';
import type { PageSpan } from '../pdf/protocol';
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

/** Letter texts of PDFs, read once per document opened (and again when VS Code asks after a close). */
export class PdfLetterTexts implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly pages = new Map<string, PageSpan[]>();
  /** Texts read by the command just before it opens their document. */
  private readonly ready = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires for an open letter text whose PDF changed on disk: VS Code then asks for its text again. */
  readonly onDidChange = this.changed.event;
  /** Watches PDFs for changes from the first letter text read (not at activation). */
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly reader: PdfTextReader,
    private readonly settingsFor: (uri: vscode.Uri) => LetterReviewSettings,
  ) {}

  /** Reads the PDF a letter-text document shows; its text is then served when the document opens. */
  async load(uri: vscode.Uri): Promise<LetterText> {
    const source = pdfSourceOf(uri);
    if (!source) return { unreadable: t('this document does not name a PDF file') };
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(source);
    } catch {
      return { unreadable: t('the file cannot be read') };
    }
    const read = await readLetterText(source.toString(), bytes, this.settingsFor(source), this.reader);
    if ('unreadable' in read) return read;
    if (read.pages) this.pages.set(uri.toString(), read.pages);
    this.watchPdfs();
    this.ready.set(uri.toString(), read.text);
    return read;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const key = uri.toString();
    const ready = this.ready.get(key);
    this.ready.delete(key);
    if (ready !== undefined) return ready;
    // Opened some other way than the command (a Problems row, a restored tab): read it now.
    const read = await this.load(uri);
    this.ready.delete(key);
    // VS Code shows the reason where the document would be.
    if ('unreadable' in read) throw new Error(read.unreadable);
    return read.text;
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }

  private watchPdfs(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*.pdf', true, false, true);
    this.watcher.onDidChange((pdf) => {
      const text = pdfTextUri(pdf);
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === text.toString())) this.changed.fire(text);
    });
  }

  /** Where each page of the PDF starts in a letter-text document's text. */
  pagesOf(uri: string): PageSpan[] | undefined {
    return this.pages.get(uri);
  }
}

/** The letter-text documents' provider and the command that opens them. */
export function registerPdfLetters(texts: PdfLetterTexts): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(PDF_TEXT_SCHEME, texts),
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
  document = await vscode.languages.setTextDocumentLanguage(document, 'ombudsman-letter');
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
