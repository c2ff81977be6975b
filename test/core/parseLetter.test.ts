// parseLetter's own decisions over what the structure and the statements read: the review year, the
// council the letter names first, the intro's period, whether figures are expected, and the period
// the letter covers (letterPeriod).
import * as assert from 'node:assert/strict';
import { letterPeriod, parseLetter, summarizeLetter } from '../../src/core';
import type { PeriodMention } from '../../src/core';
import { formatFixture } from './support/formatFixtures';
import { realLetter } from './support/letters';

const periodsOf = (text: string): [string, string | null, string][] => parseLetter(text).periods.map((p) => [p.source, p.start, p.end]);
const BLOCKS_2019: [string, string | null, string][] = [
  ['upheld', '2018-04-01', '2019-03-31'],
  ['compliance', '2018-04-01', '2019-03-31'],
  ['remedy', '2018-04-01', '2019-03-31'],
];

describe('parseLetter', () => {
  it('takes the review year from the first block\'s period, not from a footer quoted before it', () => {
    const text = `Wealden District Council For the period ending: 31/03/21\n\n${formatFixture('2018-19-statistics.txt')}`;
    assert.deepEqual(periodsOf(text), [['footer', null, '2021-03-31'], ...BLOCKS_2019]);
    assert.equal(parseLetter(text).reviewYear, 2019);
  });

  it('takes no review year from a period whose start is no date ("30 February")', () => {
    const text = `Between 30 February 2023 and 31 March 2024\n\n${formatFixture('2018-19-statistics.txt')}`;
    assert.deepEqual(periodsOf(text), [['heading', null, '2024-03-31'], ...BLOCKS_2019]);
    assert.equal(parseLetter(text).reviewYear, 2019);
  });

  it('names as the council the one the text names first: the title\'s, or the statistics\'', () => {
    const [first, ...rest] = formatFixture('2018-19-statistics.txt').split('\n');
    const title = 'Annual Review letter 2019 – Rochford District Council';
    assert.equal(parseLetter(`${title}\n\n${first}\n${rest.join('\n')}`).statistics.authority?.text, 'Rochford District Council');
    assert.equal(parseLetter(`${first}\n\n${title}\n\n${rest.join('\n')}`).statistics.authority?.text, 'Wealden District Council');
  });

  it('takes the addressee\'s council as the letter\'s own: a sentence naming it is read, one naming another is not', () => {
    const rochford = realLetter('004');
    const opening = rochford.slice(0, rochford.indexOf('\n', rochford.indexOf('Dear')) + 1);
    const upheldIn = (council: string): number | null | undefined =>
      summarizeLetter(parseLetter(`${opening}\nIn ${council}, 40% of complaints the Ombudsman investigated were upheld.\n`)).statistics.upheld?.percent;
    assert.equal(upheldIn('Rochford District Council'), 40);
    assert.equal(upheldIn('Castle Point Borough Council'), undefined);
  });

  it('keeps the start of a period the intro quotes, and gives the year before its end to one it does not', () => {
    assert.deepEqual(periodsOf('Dear Sir\n\nWe reviewed complaints for the period 1 April 2020 to 31 March 2022.\n'), [['intro', '2020-04-01', '2022-03-31']]);
    assert.deepEqual(periodsOf('Dear Sir\n\nThis is our summary for the year ending 31 March 2020.\n'), [['intro', '2019-04-01', '2020-03-31']]);
  });

  it('expects figures in a text with a page footer, and not in a text with neither footer nor key areas', () => {
    assert.equal(parseLetter('Dear Sir\n\nRochford District Council For the period ending: 31/03/20\n').expectsStatistics, true);
    assert.equal(parseLetter('Dear Sir\n\nWe dealt with things.\n').expectsStatistics, false);
  });
});

describe('the period a letter covers', () => {
  const mention = (source: PeriodMention['source'], start: string | null, end: string): PeriodMention => ({ source, start, end, text: '', span: { start: 0, end: 0 } });
  const periodOf = (periods: PeriodMention[]): { start: string; end: string } | null => letterPeriod({ ...parseLetter(''), periods });

  it('is the first full period of a block, before the intro\'s, never the title\'s', () => {
    const year = (end: number): { start: string; end: string } => ({ start: `${end - 1}-04-01`, end: `${end}-03-31` });
    assert.deepEqual(periodOf([mention('title', null, '2021-03-31'), mention('intro', '2018-04-01', '2019-03-31'), mention('upheld', '2019-04-01', '2020-03-31'), mention('remedy', '2020-04-01', '2021-03-31')]), year(2020));
  });

  it('is the intro\'s when no block quotes a full period, and none with only a footer', () => {
    assert.deepEqual(periodOf([mention('upheld', null, '2021-03-31'), mention('footer', null, '2021-03-31'), mention('intro', '2019-04-01', '2020-03-31')]), { start: '2019-04-01', end: '2020-03-31' });
    assert.equal(periodOf([mention('footer', null, '2020-03-31')]), null);
    assert.equal(periodOf([]), null);
  });
});
