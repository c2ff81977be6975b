// The CSV of letters (the panel's Save CSV): its columns from the figure registry, quoted correctly,
// and never letting a council name become a spreadsheet formula.
import * as assert from 'node:assert/strict';
import { CSV_HEADER, csvHeaderLine, reportCsvLine, reportsCsv } from '../../src/core/csv';
import type { FileReport, FindingJson } from '../../src/core';
import { csvCell as csvField } from '../../src/core/text/csvWrite';
import { realLetter } from './support/letters';
import { reportOf } from './support/review';

const ROCHFORD = realLetter('004');

/** Minimal RFC 4180 reader, to check the writer by reading back (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'CSV does not end with CRLF');
  return rows;
}

/** A finding of the CLI's JSON with this severity (only the severity counts in the CSV). */
function findingOf(severity: FindingJson['severity']): FindingJson {
  const position = { line: 0, character: 0 };
  return { code: 'x', severity, message: 'x', range: { start: position, end: position }, related: [] };
}

/** The row's values by column name. */
function recordOf(report: FileReport): Record<string, string> {
  const [header, row] = readCsv(reportsCsv([report]));
  return Object.fromEntries(header!.map((h, i) => [h, row![i]!]));
}

const ROCHFORD_ROW = {
  file: '004.txt', council: 'Rochford District Council', addressee: 'Mr Scrutton', role: 'Managing Director', date: '2020-07-22',
  review_year: '2020', period_start: '2019-04-01', period_end: '2020-03-31',
  upheld_percent: '100', upheld_average: '45', upheld_decisions: '1', detailed_investigations: '1', upheld_rate_per_100k: '', upheld_rate_average: '',
  compliance_percent: '100', compliance_average: '99', compliance_outcomes: '1', compliance_none_due: 'false',
  remedy_percent: '0', remedy_average: '20', remedy_decisions: '0', remedy_base: '1',
  errors: '0', warnings: '0',
};

describe('CSV of letters', () => {
  it('has the letter\'s particulars, each area\'s figures with its extras, then the findings by severity, as its columns', () => {
    assert.deepEqual(CSV_HEADER, Object.keys(ROCHFORD_ROW));
    assert.equal(csvHeaderLine(), `${Object.keys(ROCHFORD_ROW).join(',')}\r\n`);
  });

  it('gives every column of the Rochford letter (004) as the letter states it', () => {
    assert.deepEqual(recordOf(reportOf('004.txt', ROCHFORD)), ROCHFORD_ROW);
    assert.equal(reportCsvLine(reportOf('004.txt', ROCHFORD)), `${Object.values(ROCHFORD_ROW).join(',')}\r\n`);
  });

  it('leaves every letter column empty for a file that could not be read, and still counts its findings', () => {
    const report: FileReport = { file: 'scan.pdf', letter: null, findings: ['error', 'warning', 'hint', 'warning', 'information'].map((s) => findingOf(s as FindingJson['severity'])), error: 'no text' };
    const empty = Object.fromEntries(Object.keys(ROCHFORD_ROW).map((k) => [k, '']));
    assert.deepEqual(recordOf(report), { ...empty, file: 'scan.pdf', errors: '1', warnings: '2' });
  });

  it('leaves a letter\'s missing particulars and a missing area empty, and says when no compliance was due', () => {
    const report = reportOf('004.txt', ROCHFORD);
    const letter = report.letter!;
    letter.authority = null;
    letter.recipient = { name: null, role: null };
    letter.date = null;
    letter.reviewYear = null;
    letter.period = null;
    letter.statistics.upheld = null;
    letter.statistics.compliance!.noneDue = true;
    const record = recordOf(report);
    for (const column of ['council', 'addressee', 'role', 'date', 'review_year', 'period_start', 'period_end', 'upheld_percent', 'upheld_average', 'upheld_decisions', 'detailed_investigations']) {
      assert.equal(record[column], '', column);
    }
    assert.equal(record.compliance_none_due, 'true');
    assert.equal(record.compliance_percent, '100');
    letter.statistics.compliance = null;
    const withoutCompliance = recordOf(report);
    for (const column of ['compliance_percent', 'compliance_average', 'compliance_outcomes', 'compliance_none_due']) assert.equal(withoutCompliance[column], '', column);
    assert.equal(withoutCompliance.remedy_average, '20');
  });

  it('leaves a figure empty that a summary written before it existed lacks (no upheld rate), and a block without its none-due flag', () => {
    const report = reportOf('004.txt', ROCHFORD);
    delete report.letter!.statistics.upheld!.rate;
    delete report.letter!.statistics.compliance!.noneDue;
    const record = recordOf(report);
    assert.equal(record.upheld_rate_per_100k, '');
    assert.equal(record.compliance_none_due, '');
    assert.equal(record.upheld_percent, '100');
  });

  it('quotes commas, quotes and line breaks, and reads back exactly', () => {
    const council = 'Bath, North East "Somerset"\nCouncil';
    const text = ROCHFORD.replaceAll('Rochford District Council', 'Bath, North East "Somerset" Council');
    const report = reportOf('a,b.txt', text);
    report.letter!.authority = council;
    const [, row] = readCsv(reportsCsv([report]));
    assert.equal(row![0], 'a,b.txt');
    assert.equal(row![1], council);
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField(' padded '), '" padded "');
    assert.equal(csvField('plain'), 'plain');
  });

  it('leaves not-stated and n/a figures empty', () => {
    const text = ROCHFORD.replace('average of **45%**', 'average of n/a');
    const [header, row] = readCsv(reportsCsv([reportOf('x', text)]));
    assert.equal(row![header!.indexOf('upheld_average')], '');
    assert.equal(csvField(null), '');
    assert.equal(csvField(Number.NaN), '');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('-2+3'), "'-2+3");
    assert.equal(csvField(-5), '-5', 'numbers are numbers');
  });
});
