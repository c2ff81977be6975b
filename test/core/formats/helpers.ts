// Shared by the format tests: fixtures built from the descriptions of each year's texts
// (test/fixtures/formats), and assertions that a figure's value and its source span are right.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Figure, Finding, Letter, Span } from '../../../src/core';
import { LetterSchema, reviewText } from '../../../src/core';

export const FORMAT_FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'formats');
export const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

export function fixture(name: string): string {
  return readFileSync(path.join(FORMAT_FIXTURES, name), 'utf8');
}

export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The value read, and the source text its span covers, which must be the number as printed. */
export function assertFigure(text: string, figure: Figure | null | undefined, value: number | null, printed: string, label: string): void {
  assert.ok(figure, `${label}: not read`);
  assert.equal(figure.value, value, `${label}: value`);
  assert.equal(at(text, figure.span), printed, `${label}: span covers the wrong characters`);
}

/** Figures by path ("upheld.percent"): [value, as printed]; null = the letter must not state it. */
export type Expected = Record<string, [number | null, string] | null>;

export function assertFigures(text: string, letter: Letter, expected: Expected): void {
  for (const [where, want] of Object.entries(expected)) {
    const [area, field] = where.split('.') as [string, string];
    const block = (letter.statistics as unknown as Record<string, Record<string, Figure | null> | null>)[area];
    const figure = block?.[field] ?? null;
    if (want === null) assert.equal(figure, null, `${where}: should not be read, got ${JSON.stringify(figure)}`);
    else assertFigure(text, figure, want[0], want[1], where);
  }
}

/** Parse and check, and hold the letter to its schema (spans inside the text). */
export function review(text: string): { letter: Letter; findings: Finding[] } {
  const r = reviewText(text);
  LetterSchema.parse(r.letter);
  for (const f of r.findings) assert.ok(f.span.end <= text.length, `${f.code}: span past the end`);
  return r;
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** `text` with `from` (which must occur exactly once) replaced, so a variant cannot silently equal its fixture. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  assert.ok(first >= 0, `fixture lacks ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, first + 1), -1, `fixture has ${JSON.stringify(from)} more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

export function applyFix(text: string, finding: Finding): string {
  assert.ok(finding.fix, `${finding.code} offers no fix`);
  return text.slice(0, finding.fix.span.start) + finding.fix.newText + text.slice(finding.fix.span.end);
}
