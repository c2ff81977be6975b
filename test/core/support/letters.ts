// Test letters: the five real 2020 letters (test/fixtures/letters, unedited copies of samples/) and
// letters derived from the one with statistics (004, Rochford) by changing its figures in place.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Figure, Finding, Span } from '../../../src/core';

export const LETTERS_DIR = path.join(__dirname, '..', '..', 'fixtures', 'letters');
export const DERIVED_DIR = path.join(LETTERS_DIR, 'derived');

export const REAL_LETTERS = {
  '000': '000_f12d23132a32b45e.txt',
  '001': '001_19fad85fc7db6ad4.txt',
  '002': '002_58b91b53c5fbc2ce.txt',
  '003': '003_be1f43c79fdd0670.txt',
  '004': '004_63abd8654b08d728.txt',
} as const;
export type RealLetterId = keyof typeof REAL_LETTERS;

export function realLetter(id: RealLetterId): string {
  return readFileSync(path.join(LETTERS_DIR, REAL_LETTERS[id]), 'utf8');
}

export function derivedLetter(name: string): string {
  return readFileSync(path.join(DERIVED_DIR, name), 'utf8');
}

/** The source text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Asserts a figure was read with this value and that its span covers exactly `source` in the text. */
export function assertFigure(text: string, figure: Figure | null | undefined, value: number | null, source: string, label = 'figure'): void {
  assert.ok(figure, `${label}: not read`);
  assert.equal(figure.value, value, `${label}: value`);
  assert.equal(at(text, figure.span), source, `${label}: span covers the wrong characters`);
}

/** The figures of letter 004 that `rochford()` can change, as they stand in the real letter. */
export interface RochfordFigures {
  upheldPercent: string;
  upheldAverage: string;
  upheldDecisions: string;
  investigations: string;
  compliancePercent: string;
  complianceAverage: string;
  outcomes: string;
  remedyPercent: string;
  remedyAverage: string;
  remedyDecisions: string;
  remedyBase: string;
}

export const ROCHFORD_AS_PRINTED: RochfordFigures = {
  upheldPercent: '100', upheldAverage: '45', upheldDecisions: '1', investigations: '1',
  compliancePercent: '100', complianceAverage: '99', outcomes: '1',
  remedyPercent: '0', remedyAverage: '20', remedyDecisions: '0', remedyBase: '1',
};

const plural = (n: string, singular: string): string => (n === '1' ? singular : `${singular}s`);

/**
 * Letter 004 with some figures changed (nouns agree with the new counts unless `nouns` says
 * otherwise). Each replaced statement must occur exactly once, so a change to the fixture cannot
 * silently make a derived letter equal to the real one.
 */
export function rochford(changes: Partial<RochfordFigures> = {}, nouns: { upheldDecisions?: string; remedyDecisions?: string } = {}): string {
  const f = { ...ROCHFORD_AS_PRINTED, ...changes };
  let text = realLetter('004');
  const swap = (from: string, to: string): void => {
    const first = text.indexOf(from);
    assert.ok(first >= 0, `letter 004 no longer contains ${JSON.stringify(from)}`);
    assert.equal(text.indexOf(from, first + 1), -1, `letter 004 contains ${JSON.stringify(from)} more than once`);
    text = text.slice(0, first) + to + text.slice(first + from.length);
  };
  swap('100% of complaints we investigated', `${f.upheldPercent}% of complaints we investigated`);
  swap('average of **45%**', `average of **${f.upheldAverage}%**`);
  swap('\n1\nupheld decision\n', `\n${f.upheldDecisions}\n${nouns.upheldDecisions ?? plural(f.upheldDecisions, 'upheld decision')}\n`);
  swap(
    'total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020\n\nCompliance',
    `total of ${f.investigations} ${plural(f.investigations, 'detailed investigation')} for the period between 1 April 2019 to 31 March 2020\n\nCompliance`,
  );
  swap('In **100%** of cases', `In **${f.compliancePercent}%** of cases`);
  swap('average of **99%**', `average of **${f.complianceAverage}%**`);
  swap('total of 1 compliance outcome ', `total of ${f.outcomes} ${plural(f.outcomes, 'compliance outcome')} `);
  swap('In **0%** of upheld cases', `In **${f.remedyPercent}%** of upheld cases`);
  swap('average of **20%**', `average of **${f.remedyAverage}%**`);
  swap('\n0\nsatisfactory remedy decisions\n', `\n${f.remedyDecisions}\n${nouns.remedyDecisions ?? plural(f.remedyDecisions, 'satisfactory remedy decision')}\n`);
  assert.ok(text.endsWith('total of 1 detailed investigation for the period between 1 April 2019 to 31 March 2020'), 'letter 004 no longer ends with the remedy base');
  text = text.slice(0, text.lastIndexOf('total of 1 detailed investigation')) + `total of ${f.remedyBase} ${plural(f.remedyBase, 'detailed investigation')} for the period between 1 April 2019 to 31 March 2020`;
  return text;
}

/** Where the nth (0-based) occurrence of `needle` starts; fails the test when there is none. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `text lacks occurrence ${nth} of ${JSON.stringify(needle)}`);
  }
  return i;
}

/** The findings with this code. */
export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Applies a finding's fix to the text, as an editor would. */
export function applyFix(text: string, finding: Finding): string {
  assert.ok(finding.fix, `${finding.code} offers no fix`);
  return text.slice(0, finding.fix.span.start) + finding.fix.newText + text.slice(finding.fix.span.end);
}
