// official-mismatch: each figure a letter states against the one the official figures give for its
// council and year.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../src/core';
import { checkLetterSet } from '../../../src/core/crossChecks';
import { readOfficialFigures } from '../../../src/core/official/officialFigures';
import type { LetterInSet } from '../../../src/core/crossChecks';
import type { OfficialFigures } from '../../../src/core/official/officialFigures';
import { realLetter } from '../support/letters';
import { letterSet } from './support';

const CODE = 'official-mismatch';
const SOURCE = { name: 'official.csv', file: '/data/official.csv' };

function official(lines: string[]): { table: OfficialFigures; text: string } {
  const text = ['council,year,metric,value', ...lines].join('\n');
  const read = readOfficialFigures(text, SOURCE);
  assert.ok(read.ok, read.ok ? '' : read.message);
  return { table: read.table, text };
}

/** Rochford's letter as printed: upheld 100% (45), 1 of 1; compliance 100% (99) of 1; remedy 0% (20), 0. */
const ROCHFORD_AS_PUBLISHED = [
  'Rochford District Council,2019-20,upheld_percent,100',
  'Rochford District Council,2019-20,upheld_average,45',
  'Rochford District Council,2019-20,upheld_decisions,1',
  'Rochford District Council,2019-20,detailed_investigations,1',
  'Rochford District Council,2019-20,compliance_percent,100',
  'Rochford District Council,2019-20,compliance_average,99',
  'Rochford District Council,2019-20,compliance_outcomes,1',
  'Rochford District Council,2019-20,remedy_percent,0',
  'Rochford District Council,2019-20,remedy_average,20',
  'Rochford District Council,2019-20,remedy_decisions,0',
];

describe('check official-mismatch', () => {
  // Read before each test, not while the file loads (why: stryker.config.mjs).
  let rochfordLetter: LetterInSet | undefined;
  beforeEach(() => {
    [rochfordLetter] = letterSet([{ council: 'Rochford District Council' }]);
  });

  it('raises nothing when all ten figures agree, and nothing without a file', () => {
    assert.deepEqual(checkLetterSet([rochfordLetter!], { official: official(ROCHFORD_AS_PUBLISHED).table }), [[]]);
    assert.deepEqual(checkLetterSet([rochfordLetter!]), [[]]);
  });

  it('flags the figure that differs, naming the file and line, with related information on that line', () => {
    const lines = [...ROCHFORD_AS_PUBLISHED];
    lines[0] = 'Rochford District Council,2019-20,upheld_percent,96';
    lines[9] = 'Rochford District Council,2019-20,remedy_decisions,2';
    const { table, text } = official(lines);
    const found = checkLetterSet([rochfordLetter!], { official: table })[0]!;
    assert.deepEqual(found.map((f) => [f.code, f.severity, f.message]), [
      [CODE, 'warning', 'upheld 100% here, 96% in official.csv (line 2)'],
      [CODE, 'warning', 'remedy decisions 0 here, 2 in official.csv (line 11)'],
    ]);
    const letterText = rochfordLetter!.text!;
    assert.equal(letterText.slice(found[0]!.span.start, found[0]!.span.end), '100');
    assert.ok(letterText.slice(found[0]!.span.start).startsWith('100% of complaints we investigated'));
    assert.deepEqual(found[0]!.related.map((r) => ({ ...r, source: text.slice(r.span.start, r.span.end) })), [
      { message: 'upheld 96% for 2019-20', file: '/data/official.csv', span: found[0]!.related[0]!.span, source: 'Rochford District Council,2019-20,upheld_percent,96' },
    ]);
  });

  it('allows the ±0.5 of rounding for percentages and averages, none for counts', () => {
    const { table } = official(['Rochford District Council,2019-20,upheld_average,45.4', 'Rochford District Council,2019-20,compliance_average,98.5', 'Rochford District Council,2019-20,remedy_average,20.6']);
    assert.deepEqual(checkLetterSet([rochfordLetter!], { official: table })[0]!.map((f) => f.message), ['remedy average 20% here, 20.6% in official.csv (line 4)']);
    const counts = official(['Rochford District Council,2019-20,detailed_investigations,1.4']).table;
    assert.deepEqual(checkLetterSet([rochfordLetter!], { official: counts })[0]!.map((f) => f.message), ['detailed investigations 1 here, 1.4 in official.csv (line 2)']);
  });

  it('matches the council however the file writes it, and only one candidate without the designations', () => {
    assert.equal(checkLetterSet([rochfordLetter!], { official: official(['ROCHFORD,2019-20,upheld_percent,96']).table })[0]!.length, 1);
    assert.equal(checkLetterSet([rochfordLetter!], { official: official(['the rochford district council.,2019-20,upheld_percent,96']).table })[0]!.length, 1);
    const two = official(['Rochford City Council,2019-20,upheld_percent,96', 'Rochford Borough Council,2019-20,upheld_percent,97']).table;
    assert.deepEqual(checkLetterSet([rochfordLetter!], { official: two }), [[]], 'two candidates: no comparison');
  });

  it('raises nothing for a council or a year the file does not list', () => {
    const other = official(['Basildon Borough Council,2019-20,upheld_percent,96', 'Rochford District Council,2018-19,upheld_percent,50']).table;
    assert.deepEqual(checkLetterSet([rochfordLetter!], { official: other }), [[]]);
  });

  it('takes the year from the area’s own period, and leaves a letter without a 1 April to 31 March period alone', () => {
    const later = letterSet([{ council: 'Rochford District Council', year: 2021 }])[0]!;
    const { table } = official(['Rochford District Council,2019-20,upheld_percent,96', 'Rochford District Council,2020-21,upheld_percent,90']);
    assert.deepEqual(checkLetterSet([later], { official: table })[0]!.map((f) => f.message), ['upheld 100% here, 90% in official.csv (line 3)']);
    const noPeriod = rochfordLetter!.text!.replaceAll('1 April 2019 to 31 March 2020', '1 January 2019 to 31 December 2019');
    assert.deepEqual(checkLetterSet([{ file: 'x.txt', letter: parseLetter(noPeriod), text: noPeriod }], { official: table }), [[]]);
  });

  it('leaves a figure printed n/a, or not stated, alone', () => {
    const text = rochfordLetter!.text!.replace('average of **45%**', 'average of n/a');
    const { table } = official(['Rochford District Council,2019-20,upheld_average,40']);
    assert.deepEqual(checkLetterSet([{ file: 'x.txt', letter: parseLetter(text), text }], { official: table }), [[]]);
  });

  it('checks every letter of a set against the file, and honours the rule level', () => {
    const set = letterSet([{ council: 'Rochford District Council' }, { council: 'Basildon Borough Council' }, { council: 'Castle Point Borough Council', figures: { upheldPercent: '0', upheldDecisions: '0' } }]);
    const { table } = official(['Castle Point Borough Council,2019-20,upheld_percent,50', 'Rochford District Council,2019-20,upheld_percent,100']);
    assert.deepEqual(checkLetterSet(set, { official: table }).map((l) => l.map((f) => f.message)), [[], [], ['upheld 0% here, 50% in official.csv (line 2)']]);
    assert.equal(checkLetterSet(set, { official: table, rules: { [CODE]: 'information' } })[2]![0]!.severity, 'information');
    assert.deepEqual(checkLetterSet(set, { official: table, rules: { [CODE]: 'off' } }).flat(), []);
  });

  it('passes over a letter without statistics and a text that names no council', () => {
    const others = [{ file: '000.txt', text: realLetter('000') }, { file: 'notes.txt', text: 'Notes: 50% of complaints we investigated were upheld.' }];
    const set = [...letterSet([{ council: 'Rochford District Council' }]), ...others.map((o) => ({ ...o, letter: parseLetter(o.text) }))];
    const { table } = official(['Rochford District Council,2019-20,upheld_percent,96', 'Sevenoaks District Council,2019-20,upheld_percent,50']);
    assert.deepEqual(checkLetterSet(set, { official: table }).map((l) => l.map((f) => f.code)), [['official-mismatch'], [], []]);
  });

  it('lists a letter\'s findings of both rules in the order of the text, whatever order the rules ran in', () => {
    const councils = ['Testford 1 District Council', 'Testford 2 District Council', 'Testford 3 District Council'];
    const set = letterSet([...councils.map((council) => ({ council })), { council: 'Oddley District Council', averages: [45, 99, 21] }]);
    const { table } = official(['Oddley District Council,2019-20,upheld_percent,50']);
    const found = checkLetterSet(set, { official: table })[3]!;
    assert.deepEqual(found.map((f) => f.code), ['official-mismatch', 'averages-disagree'], 'the upheld percentage comes before the remedy average');
    assert.ok(found[0]!.span.start < found[1]!.span.start);
  });
});
