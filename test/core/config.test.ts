// Rule configuration: a severity per code, or "off"; the same object the setting and --rule give.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES, RULES, RULE_CODES, RulesConfigSchema, SeveritySchema, checkLetter, parseLetter, reviewText } from '../../src/core';
import { rochford } from './support/letters';

const faulty = (): string => rochford({ upheldPercent: '67', upheldDecisions: '1', investigations: '3' }, { remedyDecisions: 'satisfactory remedy decision' });

describe('rule configuration', () => {
  it('every rule has a stable kebab-case code, a title, a default severity, a description and a test file', () => {
    assert.equal(new Set(RULE_CODES).size, ALL_RULES.length);
    for (const rule of ALL_RULES) {
      assert.match(rule.meta.code, /^[a-z]+(?:-[a-z]+)+$/);
      assert.ok(rule.meta.title.length > 5);
      SeveritySchema.parse(rule.meta.defaultSeverity);
      assert.ok(rule.meta.description.length > 30);
      // A check over letters read together is tested beside the others of its kind.
      const folder = RULES.includes(rule as (typeof RULES)[number]) ? 'checks' : 'crossChecks';
      assert.ok(existsSync(path.join(__dirname, folder, `${rule.meta.code}.test.ts`)), `test/core/${folder}/${rule.meta.code}.test.ts`);
    }
  });

  it('gives each rule its default severity when not configured', () => {
    const findings = reviewText(faulty()).findings;
    const byCode = new Map(findings.map((f) => [f.code, f.severity]));
    assert.equal(byCode.get('upheld-inconsistent'), 'error');
    assert.equal(byCode.get('plural-mismatch'), 'hint');
  });

  it('overrides a rule\'s severity', () => {
    const findings = reviewText(faulty(), { 'upheld-inconsistent': 'warning', 'plural-mismatch': 'information' }).findings;
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['upheld-inconsistent', 'warning'], ['plural-mismatch', 'information']]);
  });

  it('turns a rule off and leaves the others alone', () => {
    assert.deepEqual(reviewText(faulty(), { 'upheld-inconsistent': 'off' }).findings.map((f) => f.code), ['plural-mismatch']);
    assert.deepEqual(checkLetter(parseLetter(faulty()), { rules: { 'plural-mismatch': 'off' } }).map((f) => f.code), ['upheld-inconsistent']);
  });

  it('ignores unknown codes, so old settings never break', () => {
    assert.deepEqual(reviewText(faulty(), { 'no-such-rule': 'off' }).findings.map((f) => f.code), ['upheld-inconsistent', 'plural-mismatch']);
  });

  it('validates settings: a severity or "off", nothing else', () => {
    assert.ok(RulesConfigSchema.safeParse({ 'upheld-inconsistent': 'off', 'plural-mismatch': 'error' }).success);
    assert.ok(!RulesConfigSchema.safeParse({ 'upheld-inconsistent': 'fatal' }).success);
    assert.ok(!RulesConfigSchema.safeParse({ 'upheld-inconsistent': true }).success);
  });

  it('lists findings in document order', () => {
    const findings = reviewText(faulty()).findings;
    for (let i = 1; i < findings.length; i++) assert.ok(findings[i - 1]!.span.start <= findings[i]!.span.start);
  });
});
