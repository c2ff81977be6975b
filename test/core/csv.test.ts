// The CSV of letters (the panel's Save CSV): its columns from the figure registry, quoted correctly,
// and never letting a council name become a spreadsheet formula.
import * as assert from 'node:assert/strict';
import { CSV_HEADER, reportsCsv } from '../../src/core/csv';
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

describe('CSV of letters', () => {
  it('writes a header and the Rochford row that read back to the same values', () => {
    const csv = reportsCsv([reportOf('004.txt', ROCHFORD)]);
    const [header, row] = readCsv(csv);
    assert.deepEqual(header, CSV_HEADER);
    const record = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    assert.equal(record.council, 'Rochford District Council');
    assert.equal(record.upheld_percent, '100');
    assert.equal(record.upheld_average, '45');
    assert.equal(record.detailed_investigations, '1');
    assert.equal(record.compliance_average, '99');
    assert.equal(record.remedy_percent, '0');
    assert.equal(record.period_start, '2019-04-01');
    assert.equal(record.errors, '0');
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
