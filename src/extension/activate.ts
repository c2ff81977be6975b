// Wires the extension together; shared by the desktop (node.ts) and browser (browser.ts) entries, so
// nothing here or below may use a Node API. One letter service reviews every letter; everything
// else here schedules its checks or shows its reviews.
import * as vscode from 'vscode';
import { CORE_ENGINE, LazyPdfReader, LetterService } from '../service';
import type { LetterEngine, LetterFileSystem, StartPdfWorkers } from '../service';
import { LETTER_LANGUAGE } from '../service/detection';
import { IGNORE_COMMAND, ignoreInLetter, LetterCodeActions } from './codeActions';
import { LetterDiagnostics } from './diagnostics';
import { workspaceFiles } from './documents';
import { LanguageDetector } from './languageDetector';
import { LiveChecks } from './liveChecks';
import { letterFileOf, PdfLetterTexts, registerPdfLetters } from './pdfLetters';
import { registerStatsPanel } from './panel';
import { LetterHovers, LetterSymbols, LetterWorkspaceSymbols } from './navigation';
import { SettingsService } from './settingsService';
import { registerSummary } from './summary';
import { OfficialFiguresLoader } from './officialFigures';
import type { RealPath } from './officialFigures';
import { LetterStatusBar } from './statusBar';
import { CHECK_WORKSPACE_COMMAND, WorkspaceCheck } from './workspaceCheck';

/**
 * What activate() returns (the extension's exports). The integration tests use it to wait until the
 * extension has checked a document's current text, instead of sleeping and hoping.
 */
export interface LetterReviewApi {
  /** The version of the document last checked (null: read from disk), or undefined when not checked. */
  checkedVersion(uri: vscode.Uri): number | null | undefined;
}

/** What only some hosts can give: the desktop (Node) entry, node.ts, and the browser entry, browser.ts. */
export interface HostAbilities {
  /** Follows symbolic links, so a workspace cannot name a file outside its folder through one. */
  realPath?: RealPath;
  /** How this host starts the PDF reader; called on the first PDF read, so pdf.js never loads in a session without PDFs. */
  startPdfWorkers?: StartPdfWorkers;
  /** How this host reads letter files (node.ts: Node's fs for file: URIs); by default workspace.fs. */
  files?: LetterFileSystem;
}

export function activate(context: vscode.ExtensionContext, abilities: HostAbilities = {}): LetterReviewApi {
  const log = vscode.window.createOutputChannel('Letter Review', { log: true });
  const selector: vscode.DocumentSelector = { language: LETTER_LANGUAGE };
  const settings = new SettingsService();
  const engine = countingEngine(context);
  const pdfReader = new LazyPdfReader(abilities.startPdfWorkers ?? (() => Promise.reject(new Error('no PDF reader in this host'))));
  const pdfTexts = new PdfLetterTexts(pdfReader, (uri) => settings.for(uri));
  const service = new LetterService({
    engine,
    settingsFor: (uri) => settings.for(letterFileOf(uri)),
    relativePath: (uri) => vscode.workspace.asRelativePath(letterFileOf(uri), false),
    fileSystem: abilities.files ?? workspaceFiles,
    pdfReader,
    pagesOf: (uri) => pdfTexts.pagesOf(uri),
    logError: (message) => log.error(message),
  });
  // Views subscribe before the first checks run, so they see them.
  const diagnostics = new LetterDiagnostics(service, vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
  const statusBar = new LetterStatusBar(service);
  const panels = registerStatsPanel(context, service);
  const live = new LiveChecks(service, settings);
  const symbols = new LetterSymbols(service);
  const workspaceCheck = new WorkspaceCheck(service);
  const testCommands = context.extensionMode !== vscode.ExtensionMode.Production;
  const official = new OfficialFiguresLoader(service, log, { realPath: abilities.realPath, testCommands, settingsFor: (uri) => settings.for(uri) });
  const summary = registerSummary(context, service, { watchFiles: () => workspaceCheck.watchFiles(), notices: () => official.currentNotices() });
  void official.load();

  context.subscriptions.push(
    log,
    settings,
    service,
    diagnostics,
    statusBar,
    panels,
    live,
    workspaceCheck,
    summary,
    official,
    settings.onDidChange(() => {
      // Every review made before is stale: the service reads the folder's letters again, and the
      // open letters are checked again with their current text.
      service.settingsChanged();
      live.checkOpenLetters();
    }),
    new LanguageDetector(settings, log),
    vscode.languages.registerCodeActionsProvider(selector, new LetterCodeActions(service), LetterCodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new LetterHovers(service)),
    vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: 'Letter Review' }),
    vscode.languages.registerFoldingRangeProvider(selector, symbols),
    vscode.languages.registerWorkspaceSymbolProvider(new LetterWorkspaceSymbols(service)),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => workspaceCheck.run()),
    registerPdfLetters(pdfTexts),
    pdfReader,
    vscode.commands.registerCommand(IGNORE_COMMAND, (uri: vscode.Uri | string, code: string) => ignoreInLetter(uri, code)),
  );
  return testApi(service);
}

export function deactivate(): void {}

/** The extension's exports: what the integration tests wait on. */
function testApi(service: LetterService): LetterReviewApi {
  return {
    checkedVersion: (uri) => {
      const review = service.current(uri.toString());
      return review?.kind === 'checked' ? review.version : undefined;
    },
  };
}

/**
 * Development and test builds only: how many of the last texts the engine reviewed contain a given
 * string, for the one-parse-per-keystroke check in a real VS Code.
 */
export const REVIEWS_COMMAND = 'letterReview._service.reviews';

/** The core engine; outside production, it also remembers the last texts it reviewed. */
function countingEngine(context: vscode.ExtensionContext): LetterEngine {
  if (context.extensionMode === vscode.ExtensionMode.Production) return CORE_ENGINE;
  const reviewed: string[] = [];
  context.subscriptions.push(vscode.commands.registerCommand(REVIEWS_COMMAND, (needle: unknown) => reviewed.filter((text) => typeof needle === 'string' && text.includes(needle)).length));
  return {
    review(text, rules, options) {
      if (reviewed.push(text) > 200) reviewed.shift();
      return CORE_ENGINE.review(text, rules, options);
    },
  };
}
