// The words users read: proper plurals (never "(s)"), one number style ("100%", never "100 %") and one
// date style ("1 April 2019", never ISO) in every string the extension, the panel and the CLI can show.
// Scans the manifest's strings, every string literal and template in src/ (the l10n messages among
// them; comments are not read), and what the views and the CLI produce for every sample and fixture.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { reviewText, summarizeLetter } from '../../src/core';
import { run as runCli } from '../../src/cli/main';
import { countBySeverity } from '../../src/service/diagnosticData';
import { figureFacts } from '../../src/service/figureFacts';
import { english } from '../../src/service/localize';
import { outlineOf } from '../../src/service/outline';
import type { OutlineNode } from '../../src/service/outline';
import { statusText } from '../../src/service/statusText';
import { buildPanelViewModel } from '../../src/shared/panelViewModel';

const ROOT = path.join(__dirname, '..', '..');

/** What no user-facing text may contain, each with why. */
const FORBIDDEN: [RegExp, string][] = [
  [/\(s\)/, 'a "(s)" plural'],
  // A number, or a placeholder for one ({0}, ${…}), then a space before the percent sign.
  [/(?:\d|\{\d+\}|\$\{\}) %\B/, 'a space before "%"'],
];
const ISO_DATE: [RegExp, string] = [/\b\d{4}-\d{2}-\d{2}\b/, 'an ISO date'];

function problems(text: string, rules: [RegExp, string][] = FORBIDDEN): string[] {
  return rules.filter(([re]) => re.test(text)).map(([, why]) => why);
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every string literal and template in a source file, templates with "${}" for each substitution. */
function stringsIn(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = node.head.text + node.templateSpans.map((s) => `\${}${s.literal.text}`).join('');
    if (text !== null) out.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const LETTER_FILES = [...filesUnder(path.join(ROOT, 'samples'), (n) => /\.(?:txt|md)$/.test(n)), ...filesUnder(path.join(ROOT, 'test', 'fixtures'), (n) => /\.(?:txt|md)$/.test(n) && n !== 'README.md')];

function outlineText(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [n.name, n.detail, ...outlineText(n.children)]);
}

describe('words users read', () => {
  it('the manifest and its strings (package.nls.json) have no "(s)" and no "100 %"', () => {
    for (const file of ['package.nls.json', 'package.json']) {
      const strings: string[] = [];
      JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'), (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        return value;
      });
      const bad = strings.filter((s) => problems(s).length > 0);
      assert.deepEqual(bad, [], `${file}: ${bad.join(' | ')}`);
    }
  });

  it('no string in src/ (l10n messages, CLI and panel text, rule messages) has "(s)" or "N %"', () => {
    const files = filesUnder(path.join(ROOT, 'src'), (n) => n.endsWith('.ts'));
    assert.ok(files.length > 100, `only ${files.length} source files found`);
    const bad: string[] = [];
    for (const file of files) {
      for (const s of stringsIn(file)) {
        const why = problems(s.text);
        if (why.length) bad.push(`${path.relative(ROOT, file)}:${s.line}: ${why.join(', ')}: ${JSON.stringify(s.text)}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the scan sees what it looks for', () => {
    assert.deepEqual(problems('{2} outcome(s)'), ['a "(s)" plural']);
    assert.deepEqual(problems('= {2} %'), ['a space before "%"']);
    assert.deepEqual(problems('${} %'), ['a space before "%"']);
    assert.deepEqual(problems('100 %'), ['a space before "%"']);
    assert.deepEqual(problems('100%, 45% and (see) 5 points'), []);
    assert.deepEqual(problems('Period: 2019-04-01', [ISO_DATE]), ['an ISO date']);
    const strings = stringsIn(path.join(ROOT, 'src', 'service', 'figureFacts.ts')).map((s) => s.text);
    assert.ok(strings.includes('{0} of {1} = {2}'), 'reads string literals');
    assert.ok(strings.includes('${}%'), 'reads templates');
  });

  it(`what the hover, outline, status bar and panel show for ${LETTER_FILES.length} samples and fixtures: no "(s)", no "N %", no ISO date`, () => {
    assert.ok(LETTER_FILES.length >= 30, `only ${LETTER_FILES.length} letters found`);
    const bad: string[] = [];
    for (const file of LETTER_FILES) {
      const text = readFileSync(file, 'utf8');
      const { letter, findings } = reviewText(text);
      const status = statusText({ kind: 'checked', summary: summarizeLetter(letter), counts: countBySeverity(findings) }, english, 'statistics');
      const shown = [
        ...figureFacts(letter, english).flatMap((f) => [f.title, ...f.lines]),
        ...outlineText(outlineOf(letter, english)),
        status.text,
        status.tooltip,
        JSON.stringify(buildPanelViewModel({ letter, findings, text, fileName: path.basename(file) })),
        ...findings.flatMap((f) => [f.message, ...f.related.map((r) => r.message), f.fix?.title ?? '']),
      ];
      for (const s of shown) {
        const why = problems(s, [...FORBIDDEN, ISO_DATE]);
        if (why.length) bad.push(`${path.relative(ROOT, file)}: ${why.join(', ')}: ${s.slice(0, 200)}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the command line\'s text output over the samples and fixtures: no "(s)", no "N %", no ISO date', async () => {
    let out = '';
    let err = '';
    await runCli([path.join(ROOT, 'samples'), path.join(ROOT, 'test', 'fixtures')], (s) => (out += s), (s) => (err += s));
    assert.match(out, /letters checked: /);
    const bad = (out + err).split('\n').filter((l) => problems(l, [...FORBIDDEN, ISO_DATE]).length > 0);
    assert.deepEqual(bad, []);
  });
});
