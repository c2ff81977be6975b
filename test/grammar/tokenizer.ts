/**
 * Small test helper: loads syntaxes/ombudsman-letter.tmLanguage.json with vscode-textmate + vscode-oniguruma
 * (the same engine VS Code uses) and tokenizes whole documents line by line, carrying the rule stack.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

function findRepoRoot(): string {
  // test/grammar -> repo root; fall back to walking up from the working directory.
  let dir = typeof __dirname === 'string' ? path.resolve(__dirname, '..', '..') : process.cwd();
  for (let i = 0; i < 6 && !fs.existsSync(path.join(dir, 'syntaxes', 'ombudsman-letter.tmLanguage.json')); i++) dir = path.dirname(dir);
  return dir;
}

export const REPO_ROOT = findRepoRoot();
export const GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes', 'ombudsman-letter.tmLanguage.json');
export const SCOPE_NAME = 'text.ombudsman-letter';

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/**
 * A registry that knows only this grammar. With a theme (VS Code's tokenColors, default rule first),
 * tokenizeLine2 encodes each token's colour as VS Code's editor does; the colour map says which index is which.
 */
export async function createGrammar(theme?: vsctm.IRawTheme): Promise<{ grammar: vsctm.IGrammar; colorMap: string[] }> {
  const wasm = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  // loadWASM is idempotent (a second call returns the first call's promise), so sharing it with other suites is safe.
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== SCOPE_NAME) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
    },
  });
  if (theme) registry.setTheme(theme);
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error(`could not load ${SCOPE_NAME} from ${GRAMMAR_PATH}`);
  return { grammar, colorMap: registry.getColorMap() };
}

/** The compiled grammar (loaded once per process). */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= createGrammar().then((g) => g.grammar);
  return grammarPromise;
}

export interface Token {
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly lineNumber: number; // 0-based
  readonly text: string;
  readonly tokens: readonly Token[];
  /** vscode-textmate gave up on this line (time limit) — must never happen for a linear grammar. */
  readonly stoppedEarly: boolean;
}

export class TokenizedDocument {
  /**
   * @param endDepth depth of the rule stack after the last line: 1 when every begin/end block has been closed.
   */
  constructor(
    readonly lines: readonly TokenizedLine[],
    readonly endDepth: number,
  ) {}

  /**
   * The line whose text equals `lineText` (ignoring surrounding whitespace) or, failing that, the first line that
   * starts with / contains it. `nth` picks a later match (0-based) when the same text occurs on several lines.
   */
  line(lineText: string, nth = 0): TokenizedLine {
    const wanted = lineText.trim();
    for (const pick of [
      (l: TokenizedLine) => l.text.trim() === wanted,
      (l: TokenizedLine) => l.text.trimStart().startsWith(wanted),
      (l: TokenizedLine) => l.text.includes(lineText),
    ]) {
      const hits = this.lines.filter(pick);
      if (hits.length > nth) return hits[nth]!;
    }
    throw new Error(`no line matching ${JSON.stringify(lineText)} (nth=${nth})`);
  }

  /**
   * Scopes of the token covering `substring` on the line found by `line(lineText, nth)`. If the substring spans
   * several tokens, returns the scopes common to all of them (i.e. the scopes that cover the whole substring).
   */
  scopesAt(lineText: string, substring: string, nth = 0): string[] {
    const line = this.line(lineText, nth);
    const start = line.text.indexOf(substring);
    if (start < 0) throw new Error(`${JSON.stringify(substring)} not found on line ${line.lineNumber + 1}: ${JSON.stringify(line.text)}`);
    const end = start + substring.length;
    const covering = line.tokens.filter((t) => t.endIndex > start && t.startIndex < end);
    if (covering.length === 0) throw new Error(`no token covers ${JSON.stringify(substring)}`);
    const [first, ...rest] = covering;
    return first!.scopes.filter((scope) => rest.every((t) => t.scopes.includes(scope)));
  }

  /** Tokens of one line, handy for debugging failures. */
  tokensOf(lineText: string, nth = 0): readonly Token[] {
    return this.line(lineText, nth).tokens;
  }
}

/** Tokenizes `text` line by line (\n, \r\n or \r), carrying the rule stack from line to line. */
export async function tokenizeDocument(text: string, timeLimitMs = 500): Promise<TokenizedDocument> {
  const grammar = await loadGrammar();
  let ruleStack: vsctm.StateStack = vsctm.INITIAL;
  const lines: TokenizedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineTextRaw, lineNumber) => {
    let result = grammar.tokenizeLine(lineTextRaw, ruleStack, timeLimitMs);
    // The first line that meets a rule also compiles its regexes, which on a busy machine can take longer than the
    // limit: a line that stops early gets a second try with them compiled. Backtracking would stop it again.
    if (result.stoppedEarly) result = grammar.tokenizeLine(lineTextRaw, ruleStack, timeLimitMs);
    lines.push({
      lineNumber,
      text: lineTextRaw,
      stoppedEarly: result.stoppedEarly,
      tokens: result.tokens.map((t) => ({
        text: lineTextRaw.slice(t.startIndex, Math.min(t.endIndex, lineTextRaw.length)),
        startIndex: t.startIndex,
        endIndex: Math.min(t.endIndex, lineTextRaw.length),
        scopes: t.scopes,
      })),
    });
    ruleStack = result.ruleStack;
  });
  return new TokenizedDocument(lines, ruleStack.depth);
}

export async function tokenizeFile(relativePath: string): Promise<TokenizedDocument> {
  return tokenizeDocument(fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8'));
}

/** Debug aid: a compact dump of a document's tokens ("text" -> innermost scopes). */
export function dump(doc: TokenizedDocument): string {
  return doc.lines
    .map((l) =>
      l.tokens
        .map((t) => `${JSON.stringify(t.text)}:${t.scopes.slice(1).map((s) => s.replace(/\.ombudsman-letter$/, '')).join('>') || '-'}`)
        .join('  '),
    )
    .map((s, i) => `${String(i + 1).padStart(3)} ${s}`)
    .join('\n');
}
