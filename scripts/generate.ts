// `npm run generate`: writes what the rules say about themselves (src/core/checks/<code>.ts, and
// src/core/crossChecks/<code>.ts for the checks over letters read together: code, title, default
// severity, description, examples) into the files VS Code and readers use:
//   - package.json: the schema of `letterReview.rules` (one property per rule) and of `letterReview.ignore`;
//   - package.nls.json: each rule's one-line description in the Settings editor;
//   - docs/rules.md: the table of rules and one section per rule, below the marker line.
// test/build/generated.test.ts fails when a checked-in file differs from what this writes, so adding a
// rule is its file, its line in src/core/checks/index.ts, its test, and `npm run generate`.
// After markdownlint's schema/build-config-schema.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, RULE_LEVELS, RULES } from '../src/core';
import type { RuleMeta } from '../src/core';
import type { RuleExamples } from '../src/core/checks/types';
import type { CrossRuleExamples, ExampleFile } from '../src/core/crossChecks/types';

type AnyRule = { meta: RuleMeta };

const ROOT = path.join(__dirname, '..');
const RULES_SETTING = 'letterReview.rules';
const IGNORE_SETTING = 'letterReview.ignore';
const NLS_RULE_PREFIX = 'letterReview.configuration.rules.';
export const DOCS_MARKER = '<!-- Below this line, generated from src/core/checks by `npm run generate`: edit the rule files, not this page. -->';

/** Whether the rule checks letters read together (its file is in src/core/crossChecks). */
export function isCrossRule(rule: AnyRule): boolean {
  return !RULES.some((r) => r.meta.code === rule.meta.code);
}

function ruleFile(rule: AnyRule): string {
  return path.join('src', 'core', isCrossRule(rule) ? 'crossChecks' : 'checks', `${rule.meta.code}.ts`);
}

function exported<T>(rule: AnyRule): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each rule file, by its code
  const file = require(path.join(ROOT, ruleFile(rule))) as { examples?: T };
  if (!file.examples) throw new Error(`${ruleFile(rule)} exports no examples`);
  return file.examples;
}

/** The examples a rule's file exports beside it. */
export function examplesOf(rule: AnyRule): RuleExamples {
  return exported<RuleExamples>(rule);
}

/** The examples a cross rule's file exports beside it: sets of letters, and official figures. */
export function crossExamplesOf(rule: AnyRule): CrossRuleExamples {
  return exported<CrossRuleExamples>(rule);
}

function ruleProperty(rule: AnyRule): Record<string, unknown> {
  const levels = RULE_LEVELS;
  return {
    type: 'string',
    enum: levels,
    enumDescriptions: levels.map((level) => `%letterReview.configuration.severity.${level}%`),
    default: rule.meta.defaultSeverity,
    description: `%${NLS_RULE_PREFIX}${rule.meta.code}%`,
  };
}

/** package.json with the rules' and the ignore list's schemas as the rules describe them. */
export function packageJson(current: string): string {
  const pkg = JSON.parse(current);
  const properties = pkg.contributes.configuration.properties;
  properties[RULES_SETTING].properties = Object.fromEntries(ALL_RULES.map((r) => [r.meta.code, ruleProperty(r)]));
  properties[IGNORE_SETTING].additionalProperties.items.enum = ALL_RULES.map((r) => r.meta.code);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** package.nls.json with one description per rule (and no rule's that is gone), keys in order. */
export function packageNls(current: string): string {
  const entries = Object.entries(JSON.parse(current) as Record<string, string>).filter(([k]) => !k.startsWith(NLS_RULE_PREFIX));
  for (const r of ALL_RULES) entries.push([`${NLS_RULE_PREFIX}${r.meta.code}`, `${r.meta.title} (default: ${r.meta.defaultSeverity}).`]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

/** A cross rule's files, each under its name: ```text set-fails letter-1.txt (or set-passes). */
function exampleFiles(kind: 'fails' | 'passes', files: readonly (ExampleFile | undefined)[]): string[] {
  return files.filter((f): f is ExampleFile => f !== undefined).map((f) => `\`\`\`${f.name.endsWith('.csv') ? 'csv' : 'text'} set-${kind} ${f.name}\n${f.text}\n\`\`\``);
}

/** Each case the rule covers: its failing example, then one like it that passes. */
function caseBlocks(rule: AnyRule): string[] {
  if (isCrossRule(rule)) {
    const { fails, passes } = crossExamplesOf(rule);
    return [
      `Fails — ${fails.why}`,
      ...exampleFiles('fails', [...fails.letters, fails.official]),
      `Passes — ${passes.why}`,
      ...exampleFiles('passes', [...(passes.letters ?? []), passes.official]),
    ];
  }
  const examples = examplesOf(rule);
  return [examples, ...(examples.more ?? [])].flatMap(({ fails, passes }) => [
    `Fails — ${fails.why}`,
    `\`\`\`text fails\n${fails.text}\n\`\`\``,
    'Passes:',
    `\`\`\`text passes\n${passes}\n\`\`\``,
  ]);
}

function ruleSection(rule: AnyRule): string {
  const { code, title, defaultSeverity, description } = rule.meta;
  const cases = caseBlocks(rule);
  return [
    `## ${code}`,
    `**${title}** · default severity: \`${defaultSeverity}\``,
    description,
    ...cases,
    `Configure: \`"letterReview.rules": { "${code}": "off" }\` · \`--rule ${code}=off\` · \`<!-- letter-review-disable ${code} -->\``,
  ].join('\n\n');
}

/** docs/rules.md: its hand-written opening, then the marker, the table and a section per rule. */
export function rulesDoc(current: string): string {
  const at = current.indexOf(DOCS_MARKER);
  if (at < 0) throw new Error(`docs/rules.md lacks the line ${DOCS_MARKER}`);
  const table = [
    '| Code | Title | Default severity |',
    '| --- | --- | --- |',
    ...ALL_RULES.map((r) => `| [\`${r.meta.code}\`](#${r.meta.code}) | ${r.meta.title} | ${r.meta.defaultSeverity} |`),
  ].join('\n');
  return `${current.slice(0, at)}${DOCS_MARKER}\n\n${table}\n\n${ALL_RULES.map(ruleSection).join('\n\n')}\n`;
}

/** Every generated file: its path from the project root and the content it should have. */
export function generatedFiles(read: (file: string) => string = (f) => readFileSync(path.join(ROOT, f), 'utf8')): { file: string; content: string }[] {
  return [
    { file: 'package.json', content: packageJson(read('package.json')) },
    { file: 'package.nls.json', content: packageNls(read('package.nls.json')) },
    { file: 'docs/rules.md', content: rulesDoc(read('docs/rules.md')) },
  ];
}

if (require.main === module) {
  for (const { file, content } of generatedFiles()) {
    const target = path.join(ROOT, file);
    if (readFileSync(target, 'utf8') === content) continue;
    writeFileSync(target, content);
    console.log(`wrote ${file}`);
  }
}
