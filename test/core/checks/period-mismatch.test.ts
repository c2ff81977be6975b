// period-mismatch: the periods a letter quotes (intro, blocks, footer, title year) must agree.
import * as assert from 'node:assert/strict';
import { reviewText } from '../../../src/core';
import { derivedLetter, offsetOf, realLetter } from '../support/letters';
import { assertNone, assertOn, assertOne, assertRelated } from '../support/review';

const CODE = 'period-mismatch';
const text004 = realLetter('004');
const BLOCK_PERIOD = 'for the period between 1 April 2019 to 31 March 2020';

/** Letter 004 with block `n`'s period (0: complaints upheld, 1: compliance) written as `period`, and where it stands. */
function withBlockPeriod(n: number, period: string): { text: string; at: number } {
  const at = offsetOf(text004, BLOCK_PERIOD, n);
  return { text: `${text004.slice(0, at)}${period}${text004.slice(at + BLOCK_PERIOD.length)}`, at };
}

describe(`check ${CODE}`, () => {
  it('fires on the one block that quotes another year, not on the four mentions that agree', () => {
    // The compliance block's period (the second "period between") moved back a year.
    const { text, at } = withBlockPeriod(1, 'for the period between 1 April 2018 to 31 March 2019');
    const f = assertOne(text, CODE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, 'The compliance statistics quote 1 April 2018 to 31 March 2019, but the complaints-upheld statistics quote 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'for the period between 1 April 2018 to 31 March 2019', at);
    assertRelated(text, f, [{ message: '1 April 2019 to 31 March 2020', source: BLOCK_PERIOD, offset: offsetOf(text, BLOCK_PERIOD, 0) }]);
  });

  it('fires on a first block that disagrees with everything after it', () => {
    const { text, at } = withBlockPeriod(0, 'for the period between 1 April 2018 to 31 March 2019');
    assertOn(text, assertOne(text, CODE), 'for the period between 1 April 2018 to 31 March 2019', at);
  });

  it('fires on a block that quotes another start date for the same end (1 May 2019), though the title\'s year agrees', () => {
    const { text, at } = withBlockPeriod(1, 'for the period between 1 May 2019 to 31 March 2020');
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

  // How the reference is chosen: each mention scores the mentions that agree with it (itself included).
  const messages = (text: string): string[] => reviewText(text).findings.filter((f) => f.code === CODE).map((f) => f.message);
  const FOOTER_003 = 'Bassetlaw District Council For the period ending: 31/03/20';

  it('counts the title for the footers of another day of its year: two footers ending 29 February 2020 outvote the introduction', () => {
    // Footers: themselves and the title (3); the introduction: itself and the title (2).
    const text = realLetter('003').replace(FOOTER_003, [1, 2].map(() => FOOTER_003.replace('31/03/20', '29/02/20')).join('\n\n'));
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The introduction quotes 1 April 2019 to 31 March 2020, but the statistics page footer quotes period ending 29 February 2020');
    assertOn(text, f, 'for the year ending 31 March 2020');
    assertRelated(text, f, [{ message: 'period ending 29 February 2020', source: 'For the period ending: 29/02/20', offset: offsetOf(text, 'For the period ending: 29/02/20', 0) }]);
  });

  it('counts the footers that end with a full period for it: the introduction and two footers of 2019 outvote a footer and the title of 2020', () => {
    const text = realLetter('003')
      .replace('for the year ending 31 March 2020', 'for the year ending 31 March 2019')
      .replace(FOOTER_003, [FOOTER_003.replace('31/03/20', '31/03/19'), FOOTER_003.replace('31/03/20', '31/03/19'), FOOTER_003].join('\n\n'));
    assert.deepEqual(messages(text), [
      'The title quotes year 2020, but the introduction quotes 1 April 2018 to 31 March 2019',
      'The statistics page footer quotes period ending 31 March 2020, but the introduction quotes 1 April 2018 to 31 March 2019',
    ]);
  });

  it('does not count a full period with another start for a block: the first block, starting 1 May 2019, is outvoted by the compliance block', () => {
    const { text, at } = withBlockPeriod(0, 'for the period between 1 May 2019 to 31 March 2020');
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The complaints-upheld statistics quote 1 May 2019 to 31 March 2020, but the compliance statistics quote 1 April 2019 to 31 March 2020');
    assertOn(text, f, 'for the period between 1 May 2019 to 31 March 2020', at);
    assertRelated(text, f, [{ message: '1 April 2019 to 31 March 2020', source: BLOCK_PERIOD, offset: offsetOf(text, BLOCK_PERIOD, 0) }]);
  });

  it('takes a footer that agrees with every block as the reference, though the blocks start on different days, and reports only the introduction of another year', () => {
    // The footer agrees with the three blocks and the title (5); each block with itself, the footer and the title (3).
    let text = `${text004.replace('for the year ending 31 March 2020', 'for the year ending 31 March 2019')}\n\nRochford District Council For the period ending: 31/03/20`;
    for (const start of ['1 May 2019', '1 June 2019']) {
      const at = offsetOf(text, BLOCK_PERIOD, 1);
      text = `${text.slice(0, at)}for the period between ${start} to 31 March 2020${text.slice(at + BLOCK_PERIOD.length)}`;
    }
    const f = assertOne(text, CODE);
    assert.equal(f.message, 'The introduction quotes 1 April 2018 to 31 March 2019, but the statistics page footer quotes period ending 31 March 2020');
    assertOn(text, f, 'for the year ending 31 March 2019');
  });

  it('keeps the introduction as the reference when the blocks after it agree with fewer mentions, though they come first in the ties\' order', () => {
    // The introduction agrees with two footers of 2019 (3); each block, starting on another day, with itself and the title (2).
    const footer = '\n\nRochford District Council For the period ending: 31/03/19';
    let text = `${text004.replace('for the year ending 31 March 2020', 'for the year ending 31 March 2019')}${footer}${footer}`;
    for (const start of ['1 May 2019', '1 June 2019']) {
      const at = offsetOf(text, BLOCK_PERIOD, 1);
      text = `${text.slice(0, at)}for the period between ${start} to 31 March 2020${text.slice(at + BLOCK_PERIOD.length)}`;
    }
    assert.deepEqual(messages(text), [
      'The title quotes year 2020, but the introduction quotes 1 April 2018 to 31 March 2019',
      'The complaints-upheld statistics quote 1 April 2019 to 31 March 2020, but the introduction quotes 1 April 2018 to 31 March 2019',
      'The compliance statistics quote 1 May 2019 to 31 March 2020, but the introduction quotes 1 April 2018 to 31 March 2019',
      'The satisfactory-remedy statistics quote 1 June 2019 to 31 March 2020, but the introduction quotes 1 April 2018 to 31 March 2019',
    ]);
  });

  it('stays silent when every mention agrees: 000–004, the footer dress, the statistics alone', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) assertNone(realLetter(id), CODE);
    assertNone(derivedLetter('004-footer-mid-sentence.txt'), CODE);
    assertNone(derivedLetter('004-statistics-only.txt'), CODE);
  });
});
