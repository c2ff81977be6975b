// A file's report, as the CLI's JSON gives it and the panel's Copy JSON and Save JSON write it.
import * as assert from 'node:assert/strict';
import { FileReportSchema, LineIndex, parseLetter, summarizeLetter } from '../../src/core';
import type { Finding } from '../../src/core';
import { findingToJson, reportJson, summaryReport } from '../../src/core/summary';
import { formatFixture } from './support/formatFixtures';
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

  it('gives a recipient without a name, and the tables a letter has, each by its name', () => {
    const rochford = parseLetter(ROCHFORD);
    assert.deepEqual(summarizeLetter({ ...rochford, addressee: { ...rochford.addressee!, name: null } }).recipient, { name: null, role: 'Managing Director' });
    const tables = parseLetter(formatFixture('2018-19-letter-tables.txt'));
    const decisionsOnly = { ...tables, statistics: { ...tables.statistics, tables: tables.statistics.tables!.filter((t) => t.name === 'decisions') } };
    assert.deepEqual(summarizeLetter(decisionsOnly).statistics.tables, {
      received: null,
      decisions: { upheld: 5, notUpheld: 3, adviceGiven: 1, closedAfterInitialEnquiries: 14, incompleteOrInvalid: 2, referredBack: 21, upholdRate: 63, total: 46 },
    });
  });
});

describe('a finding as JSON', () => {
  const text = 'line one\nline two\nline three';
  const finding = (): Finding => ({
    code: 'upheld-inconsistent',
    severity: 'warning',
    message: 'the finding',
    span: { start: 9, end: 13 },
    related: [
      { message: 'here', span: { start: 18, end: 22 } },
      { message: 'in another letter', span: { start: 5, end: 8 }, file: 'other.txt' },
      { message: 'in a file not open', span: { start: 1, end: 2 }, file: 'missing.csv' },
    ],
    fix: null,
  });
  const range = (line: number, from: number, to: number): { start: { line: number; character: number }; end: { line: number; character: number } } => ({
    start: { line, character: from },
    end: { line, character: to },
  });

  it('places the finding and each related place, with pages, in this file and in others', () => {
    const pages = { pageAt: (offset: number): number => (offset < 10 ? 1 : 2) };
    const elsewhere = (file: string): { lines: LineIndex; pages: { pageAt: () => number } } | undefined =>
      file === 'other.txt' ? { lines: new LineIndex('ab\ncdefgh'), pages: { pageAt: () => 7 } } : undefined;
    assert.deepEqual(findingToJson(finding(), new LineIndex(text), pages, elsewhere), {
      code: 'upheld-inconsistent',
      severity: 'warning',
      message: 'the finding',
      range: range(1, 0, 4),
      page: 1,
      related: [
        { message: 'here', range: range(2, 0, 4), page: 2 },
        { message: 'in another letter', range: range(1, 2, 5), page: 7, file: 'other.txt' },
        { message: 'in a file not open', range: range(0, 0, 0), file: 'missing.csv' },
      ],
    });
  });

  it('gives no page for a text file, and line 0 for another file when nothing places it', () => {
    const json = findingToJson(finding(), new LineIndex(text));
    assert.deepEqual(json.range, range(1, 0, 4));
    assert.equal('page' in json, false);
    assert.deepEqual(json.related, [
      { message: 'here', range: range(2, 0, 4) },
      { message: 'in another letter', range: range(0, 0, 0), file: 'other.txt' },
      { message: 'in a file not open', range: range(0, 0, 0), file: 'missing.csv' },
    ]);
  });

  it('places findings in a report by the line index given, or one made from the text', () => {
    const summary = summarizeLetter(parseLetter(ROCHFORD));
    const fromIndex = summaryReport('x.txt', summary, [finding()], new LineIndex(text));
    assert.deepEqual(fromIndex.findings.map((f) => f.range), [range(1, 0, 4)]);
    assert.deepEqual(summaryReport('x.txt', summary, [finding()], text), fromIndex);
  });
});
