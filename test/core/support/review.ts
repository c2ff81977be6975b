// Assertions on findings: by code, with the source text their ranges cover.
import * as assert from 'node:assert/strict';
import { fileReport, reviewText } from '../../../src/core';
import type { FileReport, Finding, RulesConfig } from '../../../src/core';
import { applyFix, at } from './letters';

export function findingsOf(text: string, code: string, rules?: RulesConfig): Finding[] {
  return reviewText(text, rules).findings.filter((f) => f.code === code);
}

/** Exactly one finding with this code; returns it. */
export function assertOne(text: string, code: string, rules?: RulesConfig): Finding {
  const found = findingsOf(text, code, rules);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}: ${found.map((f) => f.message).join(' | ')}`);
  return found[0]!;
}

export function assertNone(text: string, code: string, rules?: RulesConfig): void {
  const found = findingsOf(text, code, rules);
  assert.deepEqual(found.map((f) => f.message), [], `expected no ${code}`);
}

/** The finding's range covers `source`, starting at `offset` when given. */
export function assertOn(text: string, finding: Finding, source: string, offset?: number): void {
  assert.equal(at(text, finding.span), source, `${finding.code} range covers the wrong text`);
  if (offset !== undefined) assert.equal(finding.span.start, offset, `${finding.code} range starts at the wrong "${source}"`);
}

/** The related information: each entry's message contains `message`, and its range covers `source` at `offset`. */
export function assertRelated(text: string, finding: Finding, expected: { message: string; source: string; offset?: number }[]): void {
  assert.equal(finding.related.length, expected.length, `related: ${finding.related.map((r) => r.message).join(' | ')}`);
  expected.forEach((e, i) => {
    const r = finding.related[i]!;
    assert.ok(r.message.includes(e.message), `related ${i}: "${r.message}" lacks "${e.message}"`);
    assert.equal(at(text, r.span), e.source, `related ${i}: range`);
    if (e.offset !== undefined) assert.equal(r.span.start, e.offset, `related ${i}: range starts at the wrong "${e.source}"`);
  });
}

/** Applies the finding's fix and checks that the fixed letter no longer gives a finding of that code. */
export function assertFixRemoves(text: string, finding: Finding, newText?: string): string {
  assert.ok(finding.fix, `${finding.code} offers no fix`);
  if (newText !== undefined) assert.equal(finding.fix.newText, newText);
  const fixed = applyFix(text, finding);
  assert.notEqual(fixed, text);
  assertNone(fixed, finding.code);
  return fixed;
}

/** The text's report as the CLI's JSON gives it for one file (and the panel exports it). */
export function reportOf(file: string, text: string): FileReport {
  const { letter, findings } = reviewText(text);
  return fileReport(file, letter, findings, text);
}
