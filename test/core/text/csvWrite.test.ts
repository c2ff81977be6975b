// The one CSV writer: RFC 4180 quoting, CRLF, numbers as numbers, and no cell a spreadsheet would run.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvCell, csvTable } from '../../../src/core/text/csvWrite';
import { readCsv } from '../../../src/core/text/csvRead';

describe('csvWrite', () => {
  it('writes numbers as numbers, null as an empty field, and nothing for a number that is not finite', () => {
    assert.deepEqual([csvCell(100), csvCell(-3), csvCell(33.5), csvCell(null), csvCell(Number.NaN), csvCell(Infinity), csvCell(true)], ['100', '-3', '33.5', '', '', '', 'true']);
  });

  it('quotes only a field with a quote, comma or line break, or spaces at its ends, and doubles its quotes', () => {
    assert.equal(csvCell('Rochford District Council'), 'Rochford District Council');
    assert.equal(csvCell('Bath, North East Somerset'), '"Bath, North East Somerset"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
    assert.equal(csvCell(' padded '), '" padded "');
  });

  it('neutralises every cell that would start a formula: = + - @, tab, CR, after spaces or line breaks, and full-width forms', () => {
    const cases: [string, string][] = [
      ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
      ['+1+1', "'+1+1"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\t=1', `'\t=1`],
      ['\r=1', `"'\r=1"`],
      [' =1+1', "' =1+1"],
      ['\n=1+1', `"'\n=1+1"`],
      ['\uFF1D1+1', "'\uFF1D1+1"],
      ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    ];
    for (const [value, written] of cases) assert.equal(csvCell(value), written, JSON.stringify(value));
    // Text that merely contains those characters is left as it is.
    assert.equal(csvCell('Brighton & Hove = 2'), 'Brighton & Hove = 2');
    assert.equal(csvCell('a@b.org'), 'a@b.org');
  });

  it('writes a header and rows, each line ended by CRLF', () => {
    assert.equal(csvTable(['council', 'upheld_percent'], [['Rochford District Council', 100], ['=cmd', null]]), "council,upheld_percent\r\nRochford District Council,100\r\n'=cmd,\r\n");
    assert.equal(csvTable(['a', 'b'], []), 'a,b\r\n');
  });

  it('reads back (RFC 4180) to exactly the values written, neutralised text with its apostrophe', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=', '-', '@', '\t'), maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        const read = readCsv(csvTable(['x', 'y'], rows));
        assert.ok(read.ok, read.ok ? '' : read.error.message);
        const expected = rows.map((r) => r.map((v) => (/^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/.test(v) ? `'${v}` : v)));
        assert.deepEqual(read.records.map((r) => r.fields), [['x', 'y'], ...expected]);
      }),
      { numRuns: 500 },
    );
  });
});
