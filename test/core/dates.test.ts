// Dates as letters print them, to ISO.
import * as assert from 'node:assert/strict';
import { financialYearDates, formatIsoDate, isoDate, parseNumericDate, parseWrittenDate, yearStartingBefore } from '../../src/core/dates';

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
    assert.equal(parseNumericDate('131/03/20'), null, 'the whole text is the date');
  });
  it('refuses absurd years', () => {
    assert.equal(isoDate(1800, 1, 1), null);
    assert.equal(isoDate(99999, 1, 1), null);
    assert.equal(isoDate(2020, 13, 1), null);
  });
  it('keeps the years 1900 to 2999 and every day of every month, with two-digit months and days', () => {
    assert.equal(isoDate(1900, 1, 1), '1900-01-01');
    assert.equal(isoDate(1899, 12, 31), null);
    assert.equal(isoDate(2999, 12, 31), '2999-12-31');
    assert.equal(isoDate(3000, 1, 1), null);
    assert.equal(isoDate(2020, 0, 1), null);
    assert.equal(isoDate(2020, 12, 0), null);
    assert.equal(isoDate(2020, 10, 10), '2020-10-10');
    assert.equal(isoDate(2020, 9, 9), '2020-09-09');
    assert.deepEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => isoDate(2021, m, 31) !== null), [true, true, false, true, false, true, true, false, true, false, true]);
    assert.equal(isoDate(2021, 4, 30), '2021-04-30');
  });
  it('has 29 February in the years the Gregorian calendar leaps: every fourth, but not a century unless it divides by 400', () => {
    assert.equal(isoDate(2000, 2, 29), '2000-02-29');
    assert.equal(isoDate(2100, 2, 29), null);
    assert.equal(isoDate(1900, 2, 29), null);
    assert.equal(isoDate(2024, 2, 29), '2024-02-29');
    assert.equal(isoDate(2023, 2, 29), null);
    assert.equal(isoDate(2023, 2, 28), '2023-02-28');
    assert.equal(isoDate(2020, 2, 30), null);
  });
  it('reads a year that is not a whole number as Date does (2020.5 is 2020)', () => {
    assert.equal(isoDate(2020.5, 2, 29), '2020.5-02-29');
    assert.equal(isoDate(2021.5, 2, 29), null);
  });
  it('writes an ISO date as users read dates, and leaves what is not one as it is', () => {
    assert.equal(formatIsoDate('2020-07-22'), '22 July 2020');
    assert.equal(formatIsoDate('2019-04-01'), '1 April 2019');
    assert.equal(formatIsoDate('2019-12-31'), '31 December 2019');
    assert.equal(formatIsoDate('2019-01-05'), '5 January 2019');
    assert.equal(formatIsoDate('2019-13-01'), '2019-13-01');
    assert.equal(formatIsoDate('2019-00-01'), '2019-00-01');
    assert.equal(formatIsoDate('2019-04-00'), '2019-04-00');
    assert.equal(formatIsoDate('2019'), '2019');
    assert.equal(formatIsoDate('soon'), 'soon');
  });
  it('gives the start of the year that ends on a date', () => {
    assert.equal(yearStartingBefore('2020-03-31'), '2019-04-01');
    assert.equal(yearStartingBefore('2021-03-31'), '2020-04-01');
    assert.equal(yearStartingBefore('2020-12-31'), '2020-01-01');
    assert.equal(yearStartingBefore('2024-02-29'), '2023-03-02');
    assert.equal(yearStartingBefore('2020-03-30'), '2019-03-31');
    assert.equal(yearStartingBefore('2020-04-30'), '2019-05-01');
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
    assert.equal(financialYearDates('20211', '22'), null);
    assert.equal(financialYearDates('02021', '22'), null);
    assert.equal(financialYearDates(' 2021', '22'), null);
    assert.equal(financialYearDates('2021 ', '22'), null);
    assert.equal(financialYearDates('2021.0', '22'), null);
    assert.equal(financialYearDates('2021', '022'), null);
  });
  it('is no year outside the years a date may have (1900 to 2999)', () => {
    assert.equal(financialYearDates('1899', '00'), null);
    assert.deepEqual(financialYearDates('1900', '01'), { start: '1900-04-01', end: '1901-03-31' });
    assert.equal(financialYearDates('2999', '00'), null);
  });
});
