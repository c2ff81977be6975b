// authority-mismatch: the council addressed must be the council the statistics name.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { sameAuthority } from '../../../src/core/checks/authority-mismatch';
import { derivedLetter, offsetOf, realLetter } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'authority-mismatch';
const FOOTER = 'Rochford District Council For the period ending: 31/03/20';
const withFooterNaming = (council: string): string => derivedLetter('004-footer-mid-sentence.txt').split(FOOTER).join(`${council} For the period ending: 31/03/20`);

describe(`check ${CODE}`, () => {
  it('fires when the statistics page footer names another council, once per footer', () => {
    const text = realLetter('003').replace('Bassetlaw District Council For the period', 'Rochford District Council For the period');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'The statistics name Rochford District Council, but the letter is addressed to Bassetlaw District Council');
    assertOn(text, f, 'Rochford District Council', offsetOf(text, 'Rochford District Council For the period'));
    assertRelated(text, f, [{ message: 'Addressed to Bassetlaw District Council', source: 'Bassetlaw District Council', offset: offsetOf(text, 'Bassetlaw District Council') }]);
  });

  it('fires on each of two footers dropped into the statistics', () => {
    const text = withFooterNaming('Bassetlaw District Council');
    const found = reviewText(text).findings.filter((f) => f.code === CODE);
    assert.equal(found.length, 2);
    for (const f of found) assert.equal(text.slice(f.span.start, f.span.end), 'Bassetlaw District Council');
  });

  it('reports a council name with HTML in it as plain text, without trouble', () => {
    const hostile = '<img src=x onerror=alert(1)> District Council';
    const text = realLetter('003').replace('Bassetlaw District Council For the period', `${hostile} For the period`);
    const f = assertOne(text, CODE);
    assert.ok(f.message.includes(hostile));
  });

  it('ignores case, "the", "&"/"and" and punctuation', () => {
    assertNone(withFooterNaming('ROCHFORD DISTRICT COUNCIL'), CODE);
    assertNone(withFooterNaming('The Rochford District Council'), CODE);
    assertNone(realLetter('003').replace('Bassetlaw District Council For the period', 'Bassetlaw District Council, For the period'), CODE);
  });

  it('compares names without case, "the", "&"/"and", punctuation or runs of spaces, and no further', () => {
    assert.ok(sameAuthority('Brighton & Hove City Council', 'brighton and hove city council'));
    assert.ok(sameAuthority('St.Helens Council', 'St Helens Council'));
    assert.ok(sameAuthority('Rochford  District\nCouncil', 'The Rochford District Council'));
    assert.ok(!sameAuthority('Brighton Hove City Council', 'Brighton and Hove City Council'));
    assert.ok(!sameAuthority('RochfordDistrict Council', 'Rochford District Council'));
    assert.ok(!sameAuthority('Sthelens Council', 'St Helens Council'));
  });

  it('stays silent on the real letters and on a footer naming the addressee', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) assertNone(realLetter(id), CODE);
    assertNone(derivedLetter('004-footer-mid-sentence.txt'), CODE);
  });

  it('stays silent on statistics without an addressee', () => {
    assertNone(`Rochford District Council For the period ending: 31/03/20\n\n${derivedLetter('004-statistics-only.txt')}`, CODE);
  });
});
