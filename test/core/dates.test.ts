// Dates as letters print them, to ISO.
import * as assert from 'node:assert/strict';
import { financialYearDates, isoDate, parseNumericDate, parseWrittenDate, yearStartingBefore } from '../../src/core/dates';

describe('dates', () => {
  it('reads written dates', () => {
    assert.equal(parseWrittenDate('22', 'July', '2020'), '2020-07-22');
    assert.equal(parseWrittenDate('1', 'april', '2019'), '2019-04-01');
    assert.equal(parseWrittenDate('31', 'MARCH', '2020'), '2020-03-31');
  });
  it('rejects days that do not exist and unknown months', () => {
    assert.equal(parseWrittenDate('31', 'April', '2020'), null);
    assert.equal(parseWrittenDate('29', 'February', '2019'), null);
    assert.equal(parseWrittenDate('29', 'February', '2020'), '2020-02-29');
    assert.equal(parseWrittenDate('1', 'Smarch', '2020'), null);
    assert.equal(parseWrittenDate('0', 'July', '2020'), null);
  });
  it('reads numeric UK dates, two-digit years as 20xx', () => {
    assert.equal(parseNumericDate('31/03/20'), '2020-03-31');
    assert.equal(parseNumericDate('31/03/2020'), '2020-03-31');
    assert.equal(parseNumericDate(' 1/4/19 '), '2019-04-01');
    assert.equal(parseNumericDate('03/31/20'), null, 'US order is not a date');
    assert.equal(parseNumericDate('31-03-20'), null);
    assert.equal(parseNumericDate('31/03/020'), null);
  });
  it('refuses absurd years', () => {
    assert.equal(isoDate(1800, 1, 1), null);
    assert.equal(isoDate(99999, 1, 1), null);
    assert.equal(isoDate(2020, 13, 1), null);
  });
  it('gives the start of the year that ends on a date', () => {
    assert.equal(yearStartingBefore('2020-03-31'), '2019-04-01');
    assert.equal(yearStartingBefore('2021-03-31'), '2020-04-01');
    assert.equal(yearStartingBefore('2020-12-31'), '2020-01-01');
    assert.equal(yearStartingBefore('2024-02-29'), '2023-03-02');
  });
});

describe('dates: the Ombudsman\'s year written "2021/22"', () => {
  it('runs from 1 April of the first year to 31 March of the next', () => {
    assert.deepEqual(financialYearDates('2021', '22'), { start: '2021-04-01', end: '2022-03-31' });
    assert.deepEqual(financialYearDates('2099', '00'), { start: '2099-04-01', end: '2100-03-31' });
  });
  it('is no year when the second does not follow the first', () => {
    assert.equal(financialYearDates('2021', '23'), null);
    assert.equal(financialYearDates('2021', '21'), null);
    assert.equal(financialYearDates('2021', '2022'), null);
    assert.equal(financialYearDates('21', '22'), null);
  });
});
