// A file's report, as the CLI's JSON gives it and the panel's Copy JSON and Save JSON write it.
import * as assert from 'node:assert/strict';
import { FileReportSchema } from '../../src/core';
import { reportJson } from '../../src/core/summary';
import { realLetter } from './support/letters';
import { reportOf } from './support/review';

const ROCHFORD = realLetter('004');

describe('file report (JSON)', () => {
  it('is one FileReport of the CLI JSON, with the Rochford figures', () => {
    const report = reportOf('004.txt', ROCHFORD);
    const parsed = FileReportSchema.parse(JSON.parse(reportJson(report)));
    assert.equal(parsed.file, '004.txt');
    assert.equal(parsed.letter?.authority, 'Rochford District Council');
    const { upheld, compliance, remedy } = parsed.letter!.statistics;
    assert.deepEqual([upheld?.percent, upheld?.average, upheld?.decisions, upheld?.investigations], [100, 45, 1, 1]);
    assert.deepEqual([compliance?.percent, compliance?.average, compliance?.outcomes], [100, 99, 1]);
    assert.deepEqual([remedy?.percent, remedy?.average, remedy?.decisions], [0, 20, 0]);
    assert.deepEqual(parsed.findings, []);
  });

  it('carries findings with line/character ranges', () => {
    const text = ROCHFORD.replace('100% of complaints', '67% of complaints');
    const report = reportOf('x.txt', text);
    assert.equal(report.findings[0]?.code, 'upheld-inconsistent');
    assert.equal(report.findings[0]?.range.start.line, text.slice(0, text.indexOf('67% of')).split('\n').length - 1);
  });
});
