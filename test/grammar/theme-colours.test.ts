/**
 * Every kind of text the grammar highlights is painted in a colour of its own, not in the plain-text colour, by
 * VS Code's default themes (README: "It uses standard scopes, so every theme colours them"). The themes are read
 * from the installed code-server; colours are resolved by vscode-textmate's theme matching, as the editor does.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './tokenizer';
import { type ColouredToken, type Theme, colourDifference, colourTokens, loadTheme, themeDefaultsDir } from './themes';

/** The default themes (ids as code-server's theme-defaults extension lists them), and the 2026 pair it also ships. */
const THEMES = ['Dark Modern', 'Light Modern', 'Dark+', 'Light+', 'Default High Contrast', 'Default High Contrast Light', 'Dark 2026', 'Light 2026'];

/**
 * Below this CIE76 difference a colour reads as the plain-text colour at a glance (about 2 is just noticeable). The
 * closest the themes come today are the grey comments and footers of Dark 2026 (#8B949E on #BBBEBF, 16.8) and High
 * Contrast Light (#515151 on #292929, 17.9); figures in Dark Modern are 22.4 (#B5CEA8 on #CCCCCC).
 */
const MIN_DIFFERENCE = 12;

const SAMPLES = 'samples';
const s004 = `${SAMPLES}/004_63abd8654b08d728.txt`;

/** One example of each highlighted kind: a line of a sample (exact text, or its start) and the piece of it to check. */
const KINDS: { kind: string; file: string; line: string; piece: string }[] = [
  { kind: 'heading', file: s004, line: 'Local Government & Social Care OMBUDSMAN', piece: 'Local Government & Social Care OMBUDSMAN' },
  { kind: 'heading (Markdown)', file: `${SAMPLES}/001_19fad85fc7db6ad4.txt`, line: '## Local Government & Social Care OMBUDSMAN', piece: 'Local Government & Social Care OMBUDSMAN' },
  { kind: 'date', file: s004, line: '22 July 2020', piece: '22 July 2020' },
  { kind: 'addressee', file: s004, line: 'Mr Scrutton', piece: 'Mr Scrutton' },
  { kind: 'addressee', file: s004, line: 'Rochford District Council', piece: 'Rochford District Council' },
  { kind: 'salutation', file: s004, line: 'Dear Mr Scrutton', piece: 'Dear Mr Scrutton' },
  { kind: 'title', file: s004, line: 'Annual Review letter 2020', piece: 'Annual Review letter 2020' },
  { kind: 'section heading', file: s004, line: 'Complaint statistics', piece: 'Complaint statistics' },
  { kind: 'section heading', file: s004, line: 'Compliance with Ombudsman recommendations', piece: 'Compliance with Ombudsman recommendations' },
  { kind: 'section heading (Markdown, bold)', file: `${SAMPLES}/001_19fad85fc7db6ad4.txt`, line: '## **Complaint statistics**', piece: 'Complaint statistics' },
  { kind: 'key area', file: s004, line: 'Complaints upheld - We uphold', piece: 'Complaints upheld' },
  { kind: 'key area', file: s004, line: 'Satisfactory remedies provided by the authority - We want', piece: 'Satisfactory remedies provided by the authority' },
  { kind: 'percentage', file: s004, line: '100% of complaints we investigated were upheld.', piece: '100%' },
  { kind: 'percentage (bold)', file: s004, line: 'In **0%** of upheld cases', piece: '0%' },
  { kind: 'count', file: s004, line: '1', piece: '1' },
  { kind: 'count', file: s004, line: 'Statistics are based on a total of 1 detailed', piece: '1' },
  { kind: 'average', file: s004, line: 'This compares to an average of **45%**', piece: '45%' },
  { kind: 'period', file: s004, line: 'Statistics are based on a total of 1 compliance outcome', piece: '1 April 2019' },
  { kind: 'period', file: s004, line: 'Statistics are based on a total of 1 compliance outcome', piece: '31 March 2020' },
  { kind: 'period', file: s004, line: 'I write to you with our annual summary', piece: '31 March 2020' },
  { kind: 'link (Markdown)', file: s004, line: 'This data will be uploaded', piece: "Your council's performance" },
  { kind: 'link (<u>)', file: `${SAMPLES}/002_58b91b53c5fbc2ce.txt`, line: 'This data will be uploaded', piece: "Your council's performance" },
  { kind: 'link (web address)', file: `${SAMPLES}/000_f12d23132a32b45e.txt`, line: 'We have a well-established', piece: 'www.lgo.org.uk/training' },
  { kind: 'sign-off', file: s004, line: 'Yours sincerely,', piece: 'Yours sincerely' },
  { kind: 'signatory', file: s004, line: 'Michael King', piece: 'Michael King' },
  { kind: 'signatory', file: s004, line: 'Chair, Commission for Local Administration in England', piece: 'Chair, Commission for Local Administration in England' },
  { kind: 'footer', file: `${SAMPLES}/003_be1f43c79fdd0670.txt`, line: 'Bassetlaw District Council For the period ending: 31/03/20', piece: 'Bassetlaw District Council For the period ending: 31/03/20' },
];

/** Scopes that carry structure or a font style, not a colour: prose inside them stays plain by design. */
const PLAIN_BY_DESIGN = /^(?:text\.ombudsman-letter$|meta\.|punctuation\.|markup\.(?:bold|italic|list)\.)/;

/** Every letter and form the tests know: the samples, the real letters and every year's format fixtures. */
function letterFiles(): string[] {
  const list = (dir: string): string[] =>
    fs
      .readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `${dir}/${e.name}`);
  return [...list(SAMPLES), ...list('test/fixtures/letters'), ...list('test/fixtures/formats'), ...list('test/fixtures/grammar')];
}

const short = (scopes: readonly string[]): string => scopes.slice(1).map((s) => s.replace(/\.ombudsman-letter$/, '')).join(' > ');

describe('grammar: colours in VS Code\'s default themes', function () {
  this.timeout(120_000);
  const themes: Theme[] = [];
  /** theme id -> file -> coloured tokens */
  const coloured = new Map<string, Map<string, ColouredToken[]>>();
  const files = letterFiles();

  before(async () => {
    const dir = await themeDefaultsDir();
    for (const id of THEMES) themes.push(loadTheme(dir, id));
    for (const theme of themes) {
      const byFile = new Map<string, ColouredToken[]>();
      for (const file of files) byFile.set(file, await colourTokens(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'), theme));
      coloured.set(theme.id, byFile);
    }
  });

  /** The tokens of `piece` on the first line of `file` that is `line` (or starts with it). */
  function tokensOf(theme: Theme, file: string, line: string, piece: string): ColouredToken[] {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split(/\r\n|\r|\n/);
    let index = text.findIndex((l) => l.trim() === line);
    if (index < 0) index = text.findIndex((l) => l.trimStart().startsWith(line));
    assert.ok(index >= 0, `${file}: no line ${JSON.stringify(line)}`);
    const lineTokens = coloured.get(theme.id)!.get(file)!.filter((t) => t.line === index);
    const start = text[index]!.indexOf(piece);
    assert.ok(start >= 0, `${file}:${index + 1}: no ${JSON.stringify(piece)}`);
    // Tokens are listed left to right and cover the line; keep those overlapping the piece.
    let column = 0;
    const hits: ColouredToken[] = [];
    for (const token of lineTokens) {
      const at = text[index]!.indexOf(token.text, column);
      column = at + token.text.length;
      if (at < start + piece.length && column > start) hits.push(token);
    }
    assert.ok(hits.length > 0, `${file}:${index + 1}: no token covers ${JSON.stringify(piece)}`);
    return hits;
  }

  it('reads the themes from the installed code-server, with their rules and plain-text colour', () => {
    assert.deepEqual(
      themes.map((t) => t.id),
      THEMES,
    );
    for (const theme of themes) assert.ok(theme.rules.length > 20, `${theme.id}: only ${theme.rules.length} token colour rules`);
    // control: the checker sees plain prose as plain, and a figure as coloured, in every theme
    for (const theme of themes) {
      const prose = tokensOf(theme, s004, 'This year, we continue to place', 'outcomes of complaints');
      assert.deepEqual(prose.map((t) => t.colour), [theme.foreground], theme.id);
    }
  });

  for (const { kind, file, line, piece } of KINDS) {
    it(`colours the ${kind} ${JSON.stringify(piece)} (${path.basename(file).slice(0, 3)}) in every theme`, () => {
      const problems: string[] = [];
      for (const theme of themes) {
        for (const token of tokensOf(theme, file, line, piece)) {
          const difference = colourDifference(token.colour, theme.foreground);
          if (difference < MIN_DIFFERENCE) {
            problems.push(`${theme.id}: ${JSON.stringify(token.text)} is ${token.colour}, plain text is ${theme.foreground} (ΔE ${difference.toFixed(1)}); scopes ${short(token.scopes)}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('colours every highlighted token of every sample and fixture in every theme (prose stays plain)', () => {
    // one line per theme and scope path, with its first example
    const problems = new Map<string, string>();
    let checked = 0;
    for (const theme of themes) {
      for (const file of files) {
        for (const token of coloured.get(theme.id)!.get(file)!) {
          // Markers (**, ##, <u>) take what colour the theme gives punctuation; the words they mark must stand out.
          if (token.scopes.every((scope) => PLAIN_BY_DESIGN.test(scope)) || token.scopes.at(-1)!.startsWith('punctuation.')) continue;
          checked++;
          const difference = colourDifference(token.colour, theme.foreground);
          const key = `${theme.id}: ${short(token.scopes)}`;
          if (difference < MIN_DIFFERENCE && !problems.has(key)) problems.set(key, `${key} is ${token.colour} like plain text, e.g. ${file}:${token.line + 1} ${JSON.stringify(token.text)}`);
        }
      }
    }
    assert.ok(checked > 1000, `only ${checked} highlighted tokens checked`);
    assert.deepEqual([...problems.values()], []);
  });
});
