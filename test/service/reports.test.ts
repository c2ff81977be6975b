// A review as the folder summary reports it: the CLI's JSON for a checked letter, a reason for one not
// checked; exported as CSV with every text cell a spreadsheet would run neutralised.
import * as assert from 'node:assert/strict';
import { CSV_HEADER, fileReport, reportsCsv, reviewText } from '../../src/core';
import { DEFAULT_SETTINGS, LetterService } from '../../src/service';
import { reportOfReview, reportsJson } from '../../src/service/reports';
import { letterText } from '../core/crossChecks/support';

const service = new LetterService({ settingsFor: () => ({ ...DEFAULT_SETTINGS, maxFileSize: 100_000 }), relativePath: (u) => u });

describe('folder summary reports', () => {
  it('reports a checked letter as the CLI does', () => {
    const text = letterText({ council: 'Maldon District Council' });
    const review = service.check({ uri: 'memory:/a.txt', version: 1, text });
    const { letter, findings } = reviewText(text);
    assert.deepEqual(reportOfReview(review, 'a.txt'), fileReport('a.txt', letter, findings, text));
  });

  it('says why a letter was not checked', () => {
    const big = service.check({ uri: 'memory:/big.letter', version: 1, text: 'x'.repeat(200_000) });
    assert.deepEqual(reportOfReview(big, 'big.letter'), { file: 'big.letter', letter: null, findings: [], error: 'larger than letterReview.maxFileSize (195.3 KB, the limit is 97.7 KB)' });
    const binary = service.check({ uri: 'memory:/b.txt', version: 1, text: '\u0000\u0001\u0002\u0000\u0000' });
    assert.equal(reportOfReview(binary, 'b.txt').error, 'binary file, not a letter');
  });

  it('exports council names and file names a spreadsheet would run as text, and JSON as the CLI prints it', () => {
    const reports = ['=cmd|\' /C calc\'!A0 District Council', '+SUM(1,2) Borough Council', '-2+3 City Council', '@SUM(A1) County Council'].map((council, i) => {
      const text = letterText({ council });
      const { letter, findings } = reviewText(text);
      return fileReport(i === 0 ? '=evil.txt' : `${i}.txt`, letter, findings, text);
    });
    const rows = reportsCsv(reports).split('\r\n').filter(Boolean);
    assert.equal(rows[0], CSV_HEADER.join(','));
    assert.ok(rows[1]!.startsWith(`'=evil.txt,'=cmd|' /C calc'!A0 District Council,`), rows[1]);
    assert.ok(rows[2]!.startsWith(`1.txt,"'+SUM(1,2) Borough Council"`), rows[2]);
    assert.ok(rows[3]!.startsWith(`2.txt,'-2+3 City Council`), rows[3]);
    assert.ok(rows[4]!.startsWith(`3.txt,'@SUM(A1) County Council`), rows[4]);
    assert.deepEqual(JSON.parse(reportsJson(reports)), reports);
  });
});
