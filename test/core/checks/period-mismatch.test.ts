// period-mismatch: the periods a letter quotes (intro, blocks, footer, title year) must agree.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { derivedLetter, offsetOf, realLetter } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'period-mismatch';
const text004 = realLetter('004');
const BLOCK_PERIOD = 'for the period between 1 April 2019 to 31 March 2020';

describe(`check ${CODE}`, () => {
  it('fires on the one block that quotes another year, not on the four mentions that agree', () => {
    // The compliance block's period (the second "period between") moved back a year.
    const at = offsetOf(text004, BLOCK_PERIOD, 1);
    const text = `${text004.slice(0, at)}for the period between 1 April 2018 to 31 March 2019${text004.slice(at + BLOCK_PERIOD.length)}`;
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'The compliance statistics quote 1 April 2018 to 31 March 2019, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'for the period between 1 April 2018 to 31 March 2019', at);
    assertRelated(text, f, [{ message: '1 April 2019 to 31 March 2020', source: BLOCK_PERIOD, offset: offsetOf(text, BLOCK_PERIOD, 0) }]);
  });

  it('fires on a first block that disagrees with everything after it', () => {
    const at = offsetOf(text004, BLOCK_PERIOD, 0);
    const text = `${text004.slice(0, at)}for the period between 1 April 2018 to 31 March 2019${text004.slice(at + BLOCK_PERIOD.length)}`;
    assertOn(text, assertOne(text, CODE), 'for the period between 1 April 2018 to 31 March 2019', at);
  });

  it('fires on a block that quotes another start date for the same end (1 May 2019), though the title\'s year agrees', () => {
    const at = offsetOf(text004, BLOCK_PERIOD, 1);
    const text = `${text004.slice(0, at)}for the period between 1 May 2019 to 31 March 2020${text004.slice(at + BLOCK_PERIOD.length)}`;
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The compliance statistics quote 1 May 2019 to 31 March 2020, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'for the period between 1 May 2019 to 31 March 2020', at);
  });

  it('fires on a statistics page footer ending on another day of the same year, though the title\'s year agrees', () => {
    const text = realLetter('003').replace('For the period ending: 31/03/20', 'For the period ending: 29/02/20');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The statistics page footer quotes period ending 29 February 2020, but the introduction quotes 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'For the period ending: 29/02/20');
  });

  it('fires on the introduction\'s "year ending" when it disagrees', () => {
    const text = text004.replace('for the year ending 31 March 2020', 'for the year ending 31 March 2019');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The introduction quotes 1 April 2018 to 31 March 2019, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'for the year ending 31 March 2019');
  });

  it('fires on the title year when it is not the year the period ends', () => {
    const text = text004.replace('Annual Review letter 2020', 'Annual Review letter 2021');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The title quotes year 2021, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'Annual Review letter 2021');
  });

  it('fires on a statistics page footer with another period end', () => {
    const text = realLetter('003').replace('For the period ending: 31/03/20', 'For the period ending: 31/03/19');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The statistics page footer quotes period ending 31 March 2019, but the introduction quotes 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'For the period ending: 31/03/19');
  });

  it('takes the title\'s year as agreeing with any period ending in that year (1 January to 31 December 2019)', () => {
    const text = text004
      .replaceAll(BLOCK_PERIOD, 'for the period between 1 January 2019 to 31 December 2019')
      .replace('for the year ending 31 March 2020', 'for the year ending 31 December 2019')
      .replace('Annual Review letter 2020', 'Annual Review letter 2019');
    assertNone(text, CODE);
  });

  it('judges three blocks that each quote another year against the first block, when nothing else agrees with any', () => {
    let text = derivedLetter('004-statistics-only.txt');
    for (const other of ['1 April 2018 to 31 March 2019', '1 April 2017 to 31 March 2018']) {
      const at = offsetOf(text, BLOCK_PERIOD, 1);
      text = `${text.slice(0, at)}for the period between ${other}${text.slice(at + BLOCK_PERIOD.length)}`;
    }
    assert.deepEqual(reviewText(text).findings.filter((f) => f.code === CODE).map((f) => f.message), [
      'The compliance statistics quote 1 April 2018 to 31 March 2019, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020',
      'The satisfactory-remedy statistics quote 1 April 2017 to 31 March 2018, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020',
    ]);
  });

  it('takes the period most mentions quote as the reference: three footers ending 31 March 2019 outvote the introduction and the title', () => {
    const footer = 'Bassetlaw District Council For the period ending: 31/03/20';
    const text = realLetter('003').replace(footer, Array.from({ length: 3 }, () => footer.replace('31/03/20', '31/03/19')).join('\n\n'));
    assert.deepEqual(reviewText(text).findings.filter((f) => f.code === CODE).map((f) => f.message), [
      'The title quotes year 2020, but the statistics page footer quotes period ending 31 March 2019',
      'The introduction quotes 1 April 2019 to 31 March 2020, but the statistics page footer quotes period ending 31 March 2019',
    ]);
  });

  it('stays silent when every mention agrees: 000–004, the footer dress, the statistics alone', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) assertNone(realLetter(id), CODE);
    assertNone(derivedLetter('004-footer-mid-sentence.txt'), CODE);
    assertNone(derivedLetter('004-statistics-only.txt'), CODE);
  });
});
