// statistics-missing: no statistics figures at all.
import * as assert from 'node:assert/strict';
import { parseLetter, reviewText } from '../../../src/core';
import { statisticsAnchor } from '../../../src/core/checks/areas';
import { formatFixture } from '../support/formatFixtures';
import { derivedLetter, offsetOf, realLetter } from '../support/letters';
import { assertNone, assertOn, assertOne } from '../support/review';

const CODE = 'statistics-missing';
const letterOnly = (): string => {
  const t = realLetter('004');
  return t.slice(0, t.indexOf('Complaints upheld\n\n\n'));
};

describe(`check ${CODE}`, () => {
  for (const id of ['000', '001', '002', '003'] as const) {
    it(`fires on the real letter ${id}, on its "Complaint statistics" heading`, () => {
      const text = realLetter(id);
      const f = assertOne(text, CODE);
      assert.equal(f.severity, 'warning');
      assert.equal(f.message, 'No statistics figures: the letter states none of the three key areas (complaints upheld, compliance with recommendations, satisfactory remedies)');
      assertOn(text, f, 'Complaint statistics', offsetOf(text, 'Complaint statistics'));
      assert.equal(f.fix, null);
    });
  }

  it('fires on letter 004 cut before its statistics page', () => {
    const text = letterOnly();
    assertOn(text, assertOne(text, CODE), 'Complaint statistics');
  });

  it('points at a statistics page footer with nothing under it (003)', () => {
    const text = realLetter('003');
    const f = assertOne(text, CODE);
    assert.deepEqual(f.related.map((r) => [r.message, text.slice(r.span.start, r.span.end)]), [
      ['A statistics page footer, with no figures under it', 'Bassetlaw District Council For the period ending: 31/03/20'],
    ]);
  });

  it('stays silent on letter 004, and on its statistics without the letter', () => {
    assertNone(realLetter('004'), CODE);
    assertNone(derivedLetter('004-statistics-only.txt'), CODE);
  });

  it('stays silent on a letter whose figures are in tables (before 2019-20)', () => {
    assertNone(formatFixture('2018-19-letter-tables.txt'), CODE);
  });

  it('fires on an overview-only text (2024-25: "we dealt with 59 complaints", no key area), saying the overview was found', () => {
    const full = formatFixture('2024-25-letter.txt');
    const text = full.slice(0, offsetOf(full, 'Complaints upheld\n\nWe investigated')) + full.slice(offsetOf(full, 'Yours sincerely'));
    const { upheld, compliance, remedy, overview, tables } = reviewText(text).letter.statistics;
    assert.deepEqual([upheld, compliance, remedy, tables ?? []], [null, null, null, []], 'no key area and no table is left');
    assert.equal(overview?.complaints?.value, 59, 'the overview is read');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'No statistics figures: the complaint overview is stated, but none of the three key areas (complaints upheld, compliance with recommendations, satisfactory remedies)');
    assertOn(text, f, 'Annual statistics', offsetOf(text, 'Annual statistics'));
    assert.deepEqual(f.related.map((r) => [r.message, r.span.start]), [['The complaint overview: context, not one of the three key areas', offsetOf(text, 'Between 1 April 2024')]]);
    assertNone(text, 'statistics-incomplete');
  });

  it('stays silent on the whole 2024-25 letter, whose key areas follow its overview', () => {
    assertNone(formatFixture('2024-25-letter.txt'), CODE);
  });

  it('without a statistics heading, points at the footer, else the title, else the letter\'s heading, else the start', () => {
    const anchored = (text: string): string => {
      const span = statisticsAnchor(parseLetter(text));
      return text.slice(span.start, span.end);
    };
    const noHeading = (id: '000' | '003'): string => realLetter(id).replace('Complaint statistics', 'Complaint figures');
    assert.equal(anchored(noHeading('003')), 'Bassetlaw District Council For the period ending: 31/03/20');
    assert.equal(anchored(noHeading('000')), 'Annual Review letter 2020');
    assert.equal(anchored(noHeading('000').replace('Annual Review letter 2020', '')), 'Local Government & Social Care OMBUDSMAN');
    assert.deepEqual(statisticsAnchor(parseLetter('nothing here')), { start: 0, end: 0 });
  });

  it('stays silent when only one area is stated (statistics-incomplete says so instead)', () => {
    const t = realLetter('004');
    const upheldOnly = t.slice(0, t.indexOf('Compliance with Ombudsman recommendations\n\n\n'));
    assertNone(upheldOnly, CODE);
    assertOne(upheldOnly, 'statistics-incomplete');
  });
});
