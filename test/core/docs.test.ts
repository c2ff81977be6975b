// docs/rules.md cannot drift from the engine: one section per rule, named by its code, with its
// title, default severity and description as the rule states them, and examples that really fail
// and really pass when run through the engine. (The sections are generated from the rule files by
// npm run generate; test/build/generated.test.ts checks the page is up to date.)
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, CROSS_RULES, RULES, checkLetterSet, parseLetter, readOfficialFigures, reviewText } from '../../src/core';
import type { LetterInSet, Rule } from '../../src/core';
import type { ExampleFile } from '../../src/core/crossChecks/types';
import type { RuleCase } from '../../src/core/checks/types';
import { crossExamplesOf, examplesOf } from '../../scripts/generate';

const DOC = readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
const NOT_RULES = new Set(['Configuring rules']);

interface Section {
  heading: string;
  body: string;
}

function sections(md: string): Section[] {
  const out: Section[] = [];
  const parts = md.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    out.push({ heading: part.slice(0, newline).trim(), body: part.slice(newline + 1) });
  }
  return out;
}

/** The section's ```text fails (or passes) examples, in page order. */
function examplesOnPage(section: Section, kind: 'fails' | 'passes'): string[] {
  return [...section.body.matchAll(new RegExp(`^\`\`\`text ${kind}\\n([\\s\\S]*?)\\n\`\`\`$`, 'gm'))].map((m) => m[1]!);
}

/** Every case a rule's file gives: the first, then `more`. */
const casesOf = (rule: Rule): RuleCase[] => {
  const examples = examplesOf(rule);
  return [examples, ...(examples.more ?? [])];
};

describe('docs/rules.md', () => {
  const all = sections(DOC);
  const ruleSections = all.filter((s) => !NOT_RULES.has(s.heading));

  it('has one section per rule, in the order the rules run, and no section for a rule that does not exist', () => {
    assert.deepEqual(ruleSections.map((s) => s.heading), ALL_RULES.map((r) => r.meta.code));
  });

  it('lists every rule in the table with a link to its section', () => {
    for (const r of ALL_RULES) assert.ok(DOC.includes(`| [\`${r.meta.code}\`](#${r.meta.code}) | ${r.meta.title} | ${r.meta.defaultSeverity} |`), r.meta.code);
  });

  it('documents the three ways to configure a rule', () => {
    const config = all.find((s) => s.heading === 'Configuring rules');
    assert.ok(config);
    for (const needle of ['letterReview.rules', '--rule CODE=LEVEL', '<!-- letter-review-disable CODE -->', '<!-- letter-review-enable CODE -->', '<!-- letter-review-disable-next-line CODE -->']) {
      assert.ok(config.body.includes(needle), needle);
    }
  });

  for (const rule of RULES) {
    const { code, title, defaultSeverity, description } = rule.meta;
    describe(code, () => {
      const section = (): Section => {
        const s = ruleSections.find((x) => x.heading === code);
        assert.ok(s, `docs/rules.md has no "## ${code}"`);
        return s;
      };

      it('states the title, default severity and description the rule carries', () => {
        const { body } = section();
        assert.ok(body.includes(`**${title}** · default severity: \`${defaultSeverity}\``), 'title and severity');
        assert.ok(body.includes(description), 'description');
        for (const how of [`"letterReview.rules": { "${code}": "off" }`, `--rule ${code}=off`, `<!-- letter-review-disable ${code} -->`]) assert.ok(body.includes(how), how);
      });

      it('its failing examples fail, in its file and on the page', () => {
        const cases = casesOf(rule);
        assert.deepEqual(examplesOnPage(section(), 'fails'), cases.map((c) => c.fails.text), 'the page shows the file\'s failing examples');
        for (const [i, { fails }] of cases.entries()) {
          const found = reviewText(fails.text).findings.filter((f) => f.code === code);
          assert.ok(found.length > 0, `failing example ${i + 1} gives no ${code}`);
          assert.equal(found[0]!.severity, defaultSeverity);
        }
      });

      it('its passing examples pass, in its file and on the page', () => {
        const cases = casesOf(rule);
        assert.deepEqual(examplesOnPage(section(), 'passes'), cases.map((c) => c.passes), 'the page shows the file\'s passing examples');
        for (const [i, { passes }] of cases.entries()) {
          assert.deepEqual(reviewText(passes).findings.filter((f) => f.code === code).map((f) => f.message), [], `passing example ${i + 1}`);
        }
      });
    });
  }

  for (const rule of CROSS_RULES) {
    const { code, title, defaultSeverity, description } = rule.meta;
    describe(`${code} (letters read together)`, () => {
      const examples = crossExamplesOf(rule);
      const section = (): Section => ruleSections.find((x) => x.heading === code) ?? assert.fail(`docs/rules.md has no "## ${code}"`);

      /** The set's findings of this rule, by letter name. */
      const run = (letters: readonly ExampleFile[], official: ExampleFile | undefined): Map<string, string[]> => {
        const set: LetterInSet[] = letters.map((l) => ({ file: l.name, letter: parseLetter(l.text), text: l.text }));
        const read = official ? readOfficialFigures(official.text, { name: official.name, file: official.name }) : null;
        assert.ok(!read || read.ok, read && !read.ok ? read.message : '');
        const found = checkLetterSet(set, { official: read?.ok ? read.table : null });
        return new Map(letters.map((l, i) => [l.name, found[i]!.filter((f) => f.code === code).map((f) => `${f.severity}: ${f.message}`)]));
      };

      it('states the title, default severity and description the rule carries', () => {
        const { body } = section();
        assert.ok(body.includes(`**${title}** · default severity: \`${defaultSeverity}\``), 'title and severity');
        assert.ok(body.includes(description), 'description');
        for (const how of [`"letterReview.rules": { "${code}": "off" }`, `--rule ${code}=off`]) assert.ok(body.includes(how), how);
      });

      it('shows its files on the page, and its failing set raises it on the letter named, and only there', () => {
        const shown = [...section().body.matchAll(/^```\w+ set-(fails|passes) (\S+)\n([\s\S]*?)\n```$/gm)].map((m) => `${m[1]} ${m[2]}\n${m[3]}`);
        const files = (kind: string, list: readonly (ExampleFile | undefined)[]): string[] => list.filter((f): f is ExampleFile => !!f).map((f) => `${kind} ${f.name}\n${f.text}`);
        assert.deepEqual(shown, [...files('fails', [...examples.fails.letters, examples.fails.official]), ...files('passes', [...(examples.passes.letters ?? []), examples.passes.official])]);
        const found = run(examples.fails.letters, examples.fails.official);
        for (const [name, messages] of found) {
          if (name === examples.fails.flagged) assert.ok(messages.length === 1 && messages[0]!.startsWith(`${defaultSeverity}: `), `${name}: ${messages.join('; ')}`);
          else assert.deepEqual(messages, [], name);
        }
        for (const l of examples.fails.letters) assert.deepEqual(reviewText(l.text).findings.map((f) => f.code), [], `${l.name} has no finding of its own`);
      });

      it('its passing set (the failing one with the files it replaces) raises it nowhere', () => {
        const replaced = new Map((examples.passes.letters ?? []).map((l) => [l.name, l]));
        const letters = examples.fails.letters.map((l) => replaced.get(l.name) ?? l);
        const found = run(letters, examples.passes.official ?? examples.fails.official);
        assert.deepEqual([...found.values()].flat(), []);
      });
    });
  }
});
