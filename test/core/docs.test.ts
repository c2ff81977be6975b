// docs/rules.md cannot drift from the engine: one section per rule, named by its code, with its
// title, default severity and description as the rule states them, and examples that really fail
// and really pass when run through the engine. (The sections are generated from the rule files by
// npm run generate; test/build/generated.test.ts checks the page is up to date.)
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, reviewText } from '../../src/core';
import type { Rule } from '../../src/core';
import type { RuleCase } from '../../src/core/checks/types';
import { examplesOf } from '../../scripts/generate';

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
    assert.deepEqual(ruleSections.map((s) => s.heading), RULES.map((r) => r.meta.code));
  });

  it('lists every rule in the table with a link to its section', () => {
    for (const r of RULES) assert.ok(DOC.includes(`| [\`${r.meta.code}\`](#${r.meta.code}) | ${r.meta.title} | ${r.meta.defaultSeverity} |`), r.meta.code);
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
});
