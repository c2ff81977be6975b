/**
 * VS Code's built-in colour themes, read from the code-server that `npm test` installs (scripts/vscode/install.mjs),
 * and the letter grammar's tokens coloured by them with vscode-textmate's own theme matching (scope selectors,
 * parent scopes, specificity), i.e. what the editor paints.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vsctm from 'vscode-textmate';
import { REPO_ROOT, createGrammar } from './tokenizer';

type UiTheme = 'vs' | 'vs-dark' | 'hc-black' | 'hc-light';
/** One tokenColors rule (vscode-textmate declares the type without exporting it). */
type ThemeRule = vsctm.IRawTheme['settings'][number];

interface ThemeContribution {
  id: string;
  uiTheme: UiTheme;
  path: string;
}

interface ThemeFile {
  include?: string;
  colors?: Record<string, string>;
  tokenColors?: ThemeRule[] | string;
}

export interface Theme {
  readonly id: string;
  /** The colour of plain text: what a token gets when no rule of the theme matches it. */
  readonly foreground: string;
  readonly background: string;
  readonly rules: readonly ThemeRule[];
}

/**
 * VS Code's defaults for a theme that does not set editor.foreground / editor.background (e.g. High Contrast
 * Light): editor.foreground falls back to the workbench `foreground` colour in hc-light.
 */
const DEFAULT_COLOURS: Record<UiTheme, { foreground: string; editorForeground: string; editorBackground: string }> = {
  vs: { foreground: '#616161', editorForeground: '#333333', editorBackground: '#FFFFFF' },
  'vs-dark': { foreground: '#CCCCCC', editorForeground: '#BBBBBB', editorBackground: '#1E1E1E' },
  'hc-black': { foreground: '#FFFFFF', editorForeground: '#FFFFFF', editorBackground: '#000000' },
  'hc-light': { foreground: '#292929', editorForeground: '#292929', editorBackground: '#FFFFFF' },
};

/** The theme-defaults extension of the installed code-server; a clear error when it is not installed. */
export async function themeDefaultsDir(): Promise<string> {
  const installer = pathToFileURL(path.join(REPO_ROOT, 'scripts', 'vscode', 'install.mjs')).href;
  const { CACHE } = (await import(installer)) as { CACHE: string };
  const dir = path.join(CACHE, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'theme-defaults');
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    throw new Error(
      `VS Code's built-in themes are not installed (no ${dir}). \`npm test\` installs code-server before the unit ` +
        'tests; on its own, run `node scripts/vscode/install.mjs`, or point LETTER_REVIEW_VSCODE_CACHE at a cache that holds it.',
    );
  }
  return dir;
}

/** Loads a theme as VS Code does: the `include` chain first, then this file's colours and rules on top. */
export function loadTheme(dir: string, id: string): Theme {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { contributes: { themes: ThemeContribution[] } };
  const contribution = manifest.contributes.themes.find((t) => t.id === id);
  if (!contribution) throw new Error(`code-server ships no theme "${id}" (it has: ${manifest.contributes.themes.map((t) => t.id).join(', ')})`);
  const colors: Record<string, string> = {};
  const rules: ThemeRule[] = [];
  const read = (file: string): void => {
    const theme = JSON.parse(fs.readFileSync(file, 'utf8')) as ThemeFile;
    if (theme.include) read(path.join(path.dirname(file), theme.include));
    Object.assign(colors, theme.colors);
    if (typeof theme.tokenColors === 'string') throw new Error(`${file}: tokenColors in a .tmTheme file is not supported here`);
    // VS Code keeps only rules with a scope; the default rule is built from the editor colours below.
    rules.push(...(theme.tokenColors ?? []).filter((r) => r.scope && r.settings));
  };
  read(path.join(dir, contribution.path));
  const defaults = DEFAULT_COLOURS[contribution.uiTheme];
  const workbenchForeground = colors['foreground'] ?? defaults.foreground;
  const foreground = colors['editor.foreground'] ?? (contribution.uiTheme === 'hc-light' ? workbenchForeground : defaults.editorForeground);
  const background = colors['editor.background'] ?? defaults.editorBackground;
  return { id, foreground: normalise(foreground, background), background: normalise(background, '#000000'), rules };
}

/** '#abc', '#aabbcc', '#aabbccdd' -> '#AABBCC', with any transparency composited over `under`. */
export function normalise(colour: string, under: string): string {
  let hex = colour.replace(/^#/, '').toUpperCase();
  if (hex.length === 3 || hex.length === 4) hex = [...hex].map((c) => c + c).join('');
  if (!/^[0-9A-F]{6}(?:[0-9A-F]{2})?$/.test(hex)) throw new Error(`not a colour: ${colour}`);
  const alpha = hex.length === 8 ? parseInt(hex.slice(6), 16) / 255 : 1;
  if (alpha === 1) return `#${hex.slice(0, 6)}`;
  const base = normalise(under, '#000000').slice(1);
  const channel = (i: number): string => {
    const mixed = alpha * parseInt(hex.slice(i, i + 2), 16) + (1 - alpha) * parseInt(base.slice(i, i + 2), 16);
    return Math.round(mixed).toString(16).padStart(2, '0').toUpperCase();
  };
  return `#${channel(0)}${channel(2)}${channel(4)}`;
}

/** CIE76 colour difference (ΔE*ab) between two '#RRGGBB' colours: about 2 is just noticeable. */
export function colourDifference(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function toLab(hex: string): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = linear;
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export interface ColouredToken {
  readonly line: number; // 0-based
  readonly text: string;
  readonly scopes: readonly string[];
  /** '#RRGGBB' as the editor paints it. */
  readonly colour: string;
}

// vscode-textmate's encoded token attributes: the foreground's index in the colour map is bits 15–23.
const FOREGROUND_MASK = 0x00ff8000;
const FOREGROUND_OFFSET = 15;

/** Tokenizes `text` line by line (rule stack carried over) and colours each token with `theme`. */
export async function colourTokens(text: string, theme: Theme): Promise<ColouredToken[]> {
  // VS Code's rule list: a default rule (editor colours) first, then the theme's rules in order.
  const settings = [{ settings: { foreground: theme.foreground, background: theme.background } }, ...theme.rules];
  const { grammar, colorMap } = await createGrammar({ name: theme.id, settings });
  const tokens: ColouredToken[] = [];
  let stack: vsctm.StateStack = vsctm.INITIAL;
  text.split(/\r\n|\r|\n/).forEach((lineText, line) => {
    const scoped = grammar.tokenizeLine(lineText, stack);
    const encoded = grammar.tokenizeLine2(lineText, stack).tokens; // [start, attributes, start, attributes, …]
    const colourAt = (offset: number): string => {
      let attributes = encoded[1]!;
      for (let i = 0; i < encoded.length && encoded[i]! <= offset; i += 2) attributes = encoded[i + 1]!;
      return normalise(colorMap[(attributes & FOREGROUND_MASK) >>> FOREGROUND_OFFSET]!, theme.background);
    };
    for (const t of scoped.tokens) {
      const tokenText = lineText.slice(t.startIndex, t.endIndex);
      if (tokenText.trim() !== '') tokens.push({ line, text: tokenText, scopes: t.scopes, colour: colourAt(t.startIndex) });
    }
    stack = scoped.ruleStack;
  });
  return tokens;
}
