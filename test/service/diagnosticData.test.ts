import * as assert from 'node:assert/strict';
import { LineIndex, reviewText } from '../../src/core';
import { countBySeverity, findingFor, toDiagnosticData, withoutIgnored } from '../../src/service/diagnosticData';
import { inconsistentUpheld, letter, WITH_STATISTICS, WITHOUT_STATISTICS } from './support/letters';

describe('findings as diagnostic data', () => {
  it('places an upheld-inconsistent finding on the "67" of "67% of complaints", with its counts as related figures', () => {
    const text = inconsistentUpheld();
    const lines = new LineIndex(text);
    const { findings } = reviewText(text);
    assert.deepEqual(findings.map((f) => f.code), ['upheld-inconsistent']);
    const data = toDiagnosticData(findings[0]!, lines);
    assert.equal(data.severity, 'error');
    assert.equal(data.code, 'upheld-inconsistent');
    const lineText = text.split('\n')[data.range.start.line]!;
    assert.equal(lineText.slice(data.range.start.character, data.range.end.character), '67');
    assert.match(lineText, /^67% of complaints we investigated were upheld/);
    assert.equal(data.related.length, 2);
    for (const r of data.related) {
      const relatedLine = text.split('\n')[r.range.start.line]!;
      assert.match(relatedLine.slice(r.range.start.character), /^1\b/, `related "${r.message}" points at a count of 1`);
    }
  });

  it('gives each sample without statistics one statistics-missing warning', () => {
    for (const name of WITHOUT_STATISTICS) {
      const { findings } = reviewText(letter(name));
      assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['statistics-missing', 'warning']], name);
    }
    assert.deepEqual(reviewText(letter(WITH_STATISTICS)).findings, []);
  });

  it('drops the codes ignored for a letter and keeps the rest', () => {
    const text = letter(WITH_STATISTICS).replace('1\nupheld decision', '2\nupheld decision');
    const { findings } = reviewText(text);
    // 2 upheld decisions against the remedy block's base of 1 is base-mismatch (issue 20).
    assert.deepEqual(findings.map((f) => f.code).sort(), ['base-mismatch', 'count-exceeds-total', 'plural-mismatch']);
    assert.deepEqual(withoutIgnored(findings, ['plural-mismatch']).map((f) => f.code).sort(), ['base-mismatch', 'count-exceeds-total']);
    assert.equal(withoutIgnored(findings, []).length, 3);
  });

  it('finds the finding a diagnostic came from by code and range, and no other', () => {
    const text = inconsistentUpheld();
    const lines = new LineIndex(text);
    const { findings } = reviewText(text);
    const data = toDiagnosticData(findings[0]!, lines);
    assert.equal(findingFor(findings, lines, data), findings[0]);
    assert.equal(findingFor(findings, lines, { ...data, code: 'plural-mismatch' }), undefined);
    const moved = { ...data.range, start: { ...data.range.start, character: data.range.start.character + 1 } };
    assert.equal(findingFor(findings, lines, { code: data.code, range: moved }), undefined);
  });

  it('counts findings by severity', () => {
    assert.deepEqual(countBySeverity([{ severity: 'error' }, { severity: 'hint' }, { severity: 'error' }]), { error: 2, warning: 0, information: 0, hint: 1 });
  });
});
