// Reading the official figures: the long-form CSV, its header in any order among other columns,
// unknown metrics ignored, one error naming the line for anything malformed, and nothing of a file
// echoed unless the line is plainly CSV of this form (and then no more than 80 characters).
import * as assert from 'node:assert/strict';
import { OFFICIAL_METRICS, officialMetric } from '../../../src/core/official/metrics';
import { parseValue, readOfficialFigures } from '../../../src/core/official/officialFigures';
import type { OfficialFigures } from '../../../src/core/official/officialFigures';
import { financialYearOf, parseFinancialYear } from '../../../src/core/official/financialYear';

const SOURCE = { name: 'official.csv', file: '/data/official.csv' };
const metric = (name: string) => officialMetric(name)!;

function table(text: string): OfficialFigures {
  const read = readOfficialFigures(text, SOURCE);
  assert.ok(read.ok, read.ok ? '' : read.message);
  return read.table;
}

function failure(text: string): { line: number; message: string } {
  const read = readOfficialFigures(text, SOURCE);
  assert.ok(!read.ok, 'expected an error');
  return { line: read.line, message: read.message };
}

const GOOD = [
  'council,year,metric,value',
  'Rochford District Council,2019-20,upheld_percent,96',
  'Rochford District Council,2019-20,upheld_average,45',
  'Rochford,2018-19,upheld_percent,50%',
  '"Brighton & Hove City Council",2019-20,detailed_investigations,"1,234"',
  'Rochford District Council,2019-20,complaints_received,12',
  'Rochford District Council,2019-20,remedy_average,n/a',
  '',
].join('\r\n');

describe('official figures', () => {
  it('are looked up by council (any spelling), year and metric, with the line and the record in the file', () => {
    const t = table(GOOD);
    const upheld = t.lookup('ROCHFORD DISTRICT COUNCIL', '2019-20', metric('upheld_percent'));
    assert.equal(upheld?.value, 96);
    assert.equal(upheld?.line, 2);
    assert.equal(GOOD.slice(upheld!.span.start, upheld!.span.end), 'Rochford District Council,2019-20,upheld_percent,96');
    assert.equal(t.lookup('Rochford District Council', '2018-19', metric('upheld_percent')), undefined, 'another spelling is another council when an exact one exists');
    assert.equal(t.lookup('Brighton and Hove City Council', '2019-20', metric('detailed_investigations'))?.value, 1234);
    assert.equal(t.lookup('Rochford District Council', '2020-21', metric('upheld_percent')), undefined, 'a year not in the file');
    assert.equal(t.lookup('Basildon Borough Council', '2019-20', metric('upheld_percent')), undefined, 'a council not in the file');
    assert.equal(t.lookup('Rochford District Council', '2019-20', metric('remedy_average')), undefined, 'n/a is no figure');
    assert.equal(t.figures, 4, 'the unknown metric complaints_received is ignored');
    assert.equal(t.councils, 3);
  });

  it('find the columns by name, in any order and case, among others, after a BOM', () => {
    const t = table('\uFEFFValue, Metric ,notes,YEAR,Council\n96,upheld_percent,checked,2019/20,Rochford District Council\n');
    assert.equal(t.lookup('Rochford District Council', '2019-20', metric('upheld_percent'))?.value, 96);
  });

  it('know the ten metrics of the issue by their CSV column names', () => {
    assert.deepEqual(OFFICIAL_METRICS.map((m) => m.name), [
      'upheld_percent', 'upheld_average', 'upheld_decisions', 'detailed_investigations', 'compliance_percent',
      'compliance_average', 'compliance_outcomes', 'remedy_percent', 'remedy_average', 'remedy_decisions',
    ]);
    assert.equal(officialMetric(' UPHELD_PERCENT '), metric('upheld_percent'));
    assert.equal(officialMetric('upheld_rate_per_100k'), undefined);
  });

  it('accept the same figure twice, and refuse it twice with two values, naming both lines', () => {
    assert.equal(table(`${GOOD}Rochford District Council,2019-20,upheld_percent,96\n`).figures, 4);
    const f = failure(`${GOOD}Rochford District Council,2019-20,upheld_percent,95\n`);
    assert.equal(f.line, 8);
    assert.match(f.message, /^official\.csv line 8: gives this council's upheld_percent for 2019-20 again with another value \(first on line 2\)/);
  });

  it('give one error naming the line for each kind of malformed file', () => {
    const cases: [string, number, RegExp][] = [
      ['', 1, /^official\.csv line 1: the file is empty; it needs a header line naming the columns council, year, metric, value$/],
      ['council,year,value\nX,2019-20,1', 1, /^official\.csv line 1: the header does not name the column metric; it must name council, year, metric, value$/],
      ['name,when\nX,2019-20', 1, /the columns council, year, metric, value; it must name/],
      ['council,year,metric,value\nX,2019-20,upheld_percent', 2, /^official\.csv line 2: 3 fields, but the header has 4: "X,2019-20,upheld_percent"$/],
      ['council,year,metric,value\nX,2019,upheld_percent,1', 2, /line 2: the year is not written as a year such as 2019-20: "X,2019,upheld_percent,1"$/],
      ['council,year,metric,value\nX,2019-21,upheld_percent,1', 2, /line 2: the year is not written/],
      ['council,year,metric,value\nX,2019-20,upheld_percent,lots', 2, /line 2: the value is not a number: "X,2019-20,upheld_percent,lots"$/],
      ['council,year,metric,value\n,2019-20,upheld_percent,1', 2, /line 2: no council named/],
      ['council,year,metric,value\n\n\nX,2019-20,upheld_percent,"1', 4, /^official\.csv line 4: not a well-formed CSV file: a quoted field opened on this line is never closed$/],
    ];
    for (const [text, line, message] of cases) {
      const f = failure(text);
      assert.equal(f.line, line, text);
      assert.match(f.message, message);
    }
  });

  it('never echo a file that is not such a CSV: a private key or a password list gives no content back', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n';
    const shadow = 'root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\nme:$6$x$y:19000:0:99999:7:::\n';
    const env = 'API_KEY="sk_live_abc,def"\nSECRET=hunter2\n';
    for (const secret of [key, shadow, env, '\u0000\u0001binary,data\u0002']) {
      const f = failure(secret);
      for (const piece of ['BEGIN', 'b3Blbn', 'root', '$6$', 'sk_live', 'hunter2', 'binary']) assert.ok(!f.message.includes(piece), `${f.message} echoes ${piece}`);
    }
  });

  it('show at most the first 80 characters of a malformed line, and only when it is plain text with a comma', () => {
    const long = `${'A'.repeat(100)},2019-20,upheld_percent,x`;
    const f = failure(`council,year,metric,value\n${long}\n`);
    assert.ok(f.message.endsWith(`: "${'A'.repeat(80)}…"`), f.message);
    const hidden = failure('council,year,metric,value\nX\u202E,2019-20,upheld_percent,x\n');
    assert.equal(hidden.message, 'official.csv line 2: the value is not a number', 'a bidirectional override is not plain text');
    const multi = failure('council,year,metric,value\nY,2019-20,upheld_percent,"x\nsecret"\n');
    assert.equal(multi.message, 'official.csv line 2: the value is not a number: "Y,2019-20,upheld_percent,"x"', 'only the first line of a record');
    const noComma = failure('council,year,metric,value\n"X\nY",2019-20,upheld_percent,x\n');
    assert.equal(noComma.message, 'official.csv line 2: the value is not a number', 'a first line without a comma is not plainly CSV');
  });

  it('read values as tables print them', () => {
    assert.deepEqual(['96', '96%', '95.6', '-3', '+4', '1,234', ' 7 '].map(parseValue), [96, 96, 95.6, -3, 4, 1234, 7]);
    assert.deepEqual(['', ' ', '-', 'n/a', 'N/A', 'na'].map(parseValue), [null, null, null, null, null, null]);
    assert.deepEqual(['1e3', '12,34', 'ninety', '9'.repeat(400), '0x10', '1.'].map(parseValue), Array(6).fill('not a number'));
  });

  it('give the record\'s place in the file as given, a byte-order mark included', () => {
    const text = '\uFEFFcouncil,year,metric,value\nRochford District Council,2019-20,upheld_percent,96\n';
    const upheld = table(text).lookup('Rochford District Council', '2019-20', metric('upheld_percent'))!;
    assert.deepEqual(upheld.span, { start: 27, end: 78 });
    assert.equal(text.slice(upheld.span.start, upheld.span.end), 'Rochford District Council,2019-20,upheld_percent,96');
  });

  it('read more rows than are read between two looks at the clock, without a deadline', () => {
    const rows = Array.from({ length: 2100 }, (_, i) => `Council ${i},2019-20,upheld_percent,${i % 100}`);
    const t = table(['council,year,metric,value', ...rows].join('\n'));
    assert.equal(t.figures, 2100);
    assert.equal(t.lookup('Council 2099', '2019-20', metric('upheld_percent'))?.value, 99);
  });

  it('take a council cell of spaces as naming no council, and a line of one field as one field', () => {
    assert.equal(failure('council,year,metric,value\n   ,2019-20,upheld_percent,1\n').message, 'official.csv line 2: no council named: "   ,2019-20,upheld_percent,1"');
    assert.equal(failure('council,year,metric,value\nRochford\n').message, 'official.csv line 2: 1 field, but the header has 4');
  });

  it('show a malformed line of exactly 80 characters whole', () => {
    const line = `${'A'.repeat(80 - ',2019-20,upheld_percent,x'.length)},2019-20,upheld_percent,x`;
    assert.equal(line.length, 80);
    assert.equal(failure(`council,year,metric,value\n${line}\n`).message, `official.csv line 2: the value is not a number: "${line}"`);
  });

  it('read a value only when the whole cell is one number', () => {
    assert.deepEqual(['95.65', '12,345', '1,234,567', '0.5%'].map(parseValue), [95.65, 12345, 1234567, 0.5]);
    assert.deepEqual(['xn/a', 'n/ax', 'x1,234', '1,234x', '1,2345', '12345,678'].map(parseValue), Array(6).fill('not a number'));
  });

  it('read a year only when the whole cell is one, and a period only from dates that are whole', () => {
    assert.deepEqual(['x2019-20', '2019-20x', '2019x-20', '2019-x20', '2019 - 20'].map(parseFinancialYear), [null, null, null, null, '2019-20']);
    assert.equal(financialYearOf({ start: 'x2019-04-01', end: '2020-03-31' }), null);
    assert.equal(financialYearOf({ start: '2019-04-01x', end: '2020-03-31' }), null);
    assert.equal(financialYearOf({ start: '2019-04-01', end: 'x2020-03-31' }), null);
    assert.equal(financialYearOf({ start: '2019-04-01', end: '2020-03-31x' }), null);
    assert.equal(financialYearOf({ start: '2019-04-01', end: '2020-06-30' }), null);
    assert.equal(financialYearOf({ start: '2019-05-01', end: '2020-03-31' }), null);
    assert.equal(financialYearOf({ start: '2099-04-01', end: '2100-03-31' }), '2099-00');
  });

  it('read years as "2019-20" and find the year of a period from 1 April to 31 March', () => {
    assert.deepEqual(['2019-20', '2019/20', '2019–20', '2019-2020', ' 1999-00 '].map(parseFinancialYear), ['2019-20', '2019-20', '2019-20', '2019-20', '1999-00']);
    assert.deepEqual(['2019', '2019-21', '2019-2021', '19-20', 'x'].map(parseFinancialYear), [null, null, null, null, null]);
    assert.equal(financialYearOf({ start: '2019-04-01', end: '2020-03-31' }), '2019-20');
    assert.equal(financialYearOf({ start: '2019-04-01', end: '2021-03-31' }), null);
    assert.equal(financialYearOf({ start: '2019-01-01', end: '2019-12-31' }), null);
    assert.equal(financialYearOf({ start: null, end: '2020-03-31' }), null);
    assert.equal(financialYearOf(null), null);
  });
});
