// Which documents are letters. Plain-text and Markdown documents whose opening reads as an Annual
// Review letter are switched to the letter language; nothing else is ever switched. No vscode import.
import { looksBinary, looksLikeLetter } from '../core';

export const LETTER_LANGUAGE = 'ombudsman-letter';

/** The languages a letter arrives in (`.txt`, `.md`) that detection may switch from. */
export const DETECTABLE_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'markdown']);

/** File names that are letters by name, whatever their content (the language's own extensions). */
const LETTER_FILE = /\.letter(?:\.txt|\.md)?$/i;

/** Files the workspace check reads; matches the glob CANDIDATES in src/extension/documents.ts. */
export const CANDIDATE_FILE = /\.(?:letter|txt|md|pdf)$/i;

export function isLetterFileName(fileName: string): boolean {
  return LETTER_FILE.test(fileName);
}

/** Should an open document in `languageId` be switched to the letter language? */
export function shouldSwitchToLetter(languageId: string, text: string, detect: 'auto' | 'off'): boolean {
  if (detect !== 'auto' || !DETECTABLE_LANGUAGES.has(languageId)) return false;
  return !looksBinary(text) && looksLikeLetter(text);
}

/** Is an unopened file a letter? By name, or by content for `.txt`/`.md` (unless detection is off). */
export function isLetterFile(fileName: string, text: string, detect: 'auto' | 'off'): boolean {
  if (looksBinary(text)) return false;
  if (isLetterFileName(fileName)) return true;
  return detect === 'auto' && CANDIDATE_FILE.test(fileName) && looksLikeLetter(text);
}

/**
 * Remembers a user's own choice of language. VS Code reports a language change as the document closing
 * and at once reopening; if a letter reopens in plain text or Markdown moments after it closed, the
 * user picked that language, and detection leaves that document alone for the rest of the session.
 * (A tab closed for real closes its document much later, if at all, so reopening it switches again.)
 */
export class LanguageChoices {
  private readonly closedAt = new Map<string, number>();
  private readonly userChose = new Set<string>();

  constructor(private readonly windowMs = 1000) {}

  /** A document in the letter language closed. */
  noteClosed(uri: string, now: number): void {
    this.closedAt.set(uri, now);
  }

  /** Called when `uri` opens in a detectable language: may detection switch it? */
  maySwitch(uri: string, now: number): boolean {
    if (this.userChose.has(uri)) return false;
    const closed = this.closedAt.get(uri);
    this.closedAt.delete(uri);
    if (closed !== undefined && now - closed <= this.windowMs) {
      this.userChose.add(uri);
      return false;
    }
    return true;
  }
}

/** URI schemes that are never letters to check: views of other things (SCM, output, settings, chat). */
const NOT_CHECKED_SCHEMES: ReadonlySet<string> = new Set([
  'git',
  'gitfs',
  'output',
  'vscode-scm',
  'debug',
  'vscode-settings',
  'vscode-userdata',
  'vscode-chat-code-block',
  'comment',
  'walkThroughSnippet',
  'vscode-notebook-cell',
  'search-editor',
]);

export function isCheckableScheme(scheme: string): boolean {
  return !NOT_CHECKED_SCHEMES.has(scheme);
}
