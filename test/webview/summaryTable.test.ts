// The folder summary's rows, columns, sorting and filtering (pure, shared by the extension and the
// webview), and its message schema: what each side accepts and drops.
import * as assert from 'node:assert/strict';
import { compareNatural, filterRows, sortRows, SUMMARY_COLUMNS } from '../../src/shared/summaryColumns';
import { ExtensionToSummarySchema, SummaryStateSchema, SummaryToExtensionSchema } from '../../src/shared/summaryProtocol';
import type { SummaryRow } from '../../src/shared/summaryProtocol';
import { summaryRow } from '../../src/shared/summaryRows';
import { HOSTILE_COUNCIL, reportOf, rowOf, sampleRows } from './support/summaryRows';
import { realLetter } from '../core/support/letters';

const text = (row: SummaryRow, key: string): string => SUMMARY_COLUMNS.find((c) => c.key === key)!.text(row);

describe('folder summary rows', () => {
  it('carry a letter’s figures, period and findings by severity, from its report', () => {
    const row = rowOf('samples/004.txt', realLetter('004'));
    assert.equal(row.id, 'file:///ws/samples/004.txt');
    assert.equal(row.council, 'Rochford District Council');
    assert.equal(row.reviewYear, 2020);
    assert.deepEqual(row.period, { start: '2019-04-01', end: '2020-03-31' });
    assert.deepEqual(row.upheld, { percent: 100, decisions: 1, investigations: 1, average: 45 });
    assert.deepEqual(row.compliance, { percent: 100, outcomes: 1, average: 99 });
    assert.deepEqual(row.remedy, { percent: 0, decisions: 0, base: 1, average: 20 });
    assert.deepEqual(row.findings, { error: 0, warning: 0, information: 0, hint: 0 });
    assert.equal(row.note, null);
    const warned = rowOf('samples/000.txt', realLetter('000'));
    assert.deepEqual(warned.findings, { error: 0, warning: 1, information: 0, hint: 0 });
    assert.equal(warned.upheld, null);
  });

  it('show each column as users read it', () => {
    const row = rowOf('samples/004.txt', realLetter('004'));
    assert.deepEqual(SUMMARY_COLUMNS.map((c) => [c.key, c.text(row)]), [
      ['council', 'Rochford District Council'], ['year', '2020'], ['period', '2019-20'],
      ['upheld-percent', '100%'], ['upheld-cases', '1 of 1'], ['upheld-average', '45%'],
      ['compliance-percent', '100%'], ['compliance-cases', '1'], ['compliance-average', '99%'],
      ['remedy-percent', '0%'], ['remedy-cases', '0 of 1'], ['remedy-average', '20%'],
      ['findings-error', '0'], ['findings-warning', '0'], ['findings-information', '0'], ['findings-hint', '0'], ['file', 'samples/004.txt'],
    ]);
    const period = SUMMARY_COLUMNS.find((c) => c.key === 'period')!;
    assert.equal(period.title!(row), '1 April 2019 to 31 March 2020');
    assert.equal(period.text({ ...row, period: { start: '2019-04-01', end: '2019-12-31' } }), '1 April 2019 to 31 December 2019');
  });

  it('say why a file was not checked, with no figures and no finding counts', () => {
    const row = summaryRow('id', { file: 'big.txt', letter: null, findings: [], error: 'larger than 5 MB' });
    assert.equal(row.note, 'not checked: larger than 5 MB');
    assert.equal(text(row, 'findings-error'), '');
    assert.equal(text(row, 'upheld-percent'), '');
  });

  it('cut a council "name" that is a whole mangled line, and keep hostile text as it is', () => {
    const long = reportOf('x.txt', realLetter('004'));
    long.letter!.authority = `${'Very '.repeat(100)}Long District Council`;
    assert.equal(summaryRow('x', long).council!.length, 200);
    assert.equal(rowOf('h.txt', realLetter('004').replace('Rochford District Council', HOSTILE_COUNCIL)).council, HOSTILE_COUNCIL);
  });
});

describe('folder summary sorting and filtering', () => {
  const rows = sampleRows();

  it('puts files in natural order when nothing is sorted: letter-2 before letter-10', () => {
    assert.ok(compareNatural('letters/letter-2.txt', 'letters/letter-10.txt') < 0);
    assert.ok(compareNatural('a', 'A') !== 0, 'a total order: names differing only in case still compare');
    const files = sortRows(rows, null).map((r) => r.file).filter((f) => f.startsWith('letters/letter'));
    assert.deepEqual(files, ['letters/letter-2.txt', 'letters/letter-3.txt', 'letters/letter-10.txt']);
  });

  it('sorts numbers as numbers and empty cells last in both directions', () => {
    const up = sortRows(rows, { column: 'upheld-cases', direction: 'ascending' }).map((r) => text(r, 'upheld-cases'));
    assert.deepEqual(up.slice(0, 5), ['1 of 1', '1 of 1', '1 of 3', '2 of 4', '1 of 11']);
    assert.deepEqual(up.slice(5), ['', '', '', '', '']);
    const down = sortRows(rows, { column: 'upheld-cases', direction: 'descending' }).map((r) => text(r, 'upheld-cases'));
    assert.deepEqual(down.slice(0, 5), ['1 of 11', '2 of 4', '1 of 3', '1 of 1', '1 of 1']);
    assert.deepEqual(down.slice(5), ['', '', '', '', '']);
    const councils = sortRows(rows, { column: 'council', direction: 'descending' }).map((r) => r.council);
    assert.equal(councils[0], 'Sevenoaks District Council');
    assert.equal(councils.at(-1), null);
    assert.deepEqual(sortRows(rows, { column: 'no-such-column', direction: 'ascending' }), sortRows(rows, null));
  });

  it('filters on any shown text, any case, and keeps every row for an empty filter', () => {
    assert.equal(filterRows(rows, '').length, rows.length);
    assert.deepEqual(filterRows(rows, 'COUNTY').map((r) => r.council), ['Leicestershire County Council']);
    assert.deepEqual(filterRows(rows, '1 of 11').map((r) => r.council), ['Basildon Borough Council']);
    assert.deepEqual(filterRows(rows, 'larger than').map((r) => r.file), ['letters/big.txt']);
    assert.equal(filterRows(rows, '<img').length, 1);
  });
});

describe('folder summary protocol', () => {
  const rows = sampleRows();

  it('accepts what the extension sends, unchanged through a JSON round trip', () => {
    for (const m of [{ type: 'table', rows }, { type: 'patch', upsert: rows.slice(0, 2), remove: ['file:///gone.txt'] }, { type: 'status', progress: { done: 312, total: 1000 }, notices: ['x'] }, { type: 'status', progress: null, notices: [] }]) {
      assert.deepEqual(ExtensionToSummarySchema.parse(JSON.parse(JSON.stringify(m))), m);
    }
  });

  it('drops what is not of the right shape', () => {
    const row = rows[0]!;
    const bad: unknown[] = [
      null, 'table', {}, { type: 'rows', rows },
      { type: 'table', rows: [{ ...row, council: 7 }] },
      { type: 'table', rows: [{ ...row, findings: { ...row.findings, error: -1 } }] },
      { type: 'table', rows: [{ ...row, reviewYear: 2020.5 }] },
      { type: 'table', rows: [{ ...row, period: { start: 'yesterday', end: '2020-03-31' } }] },
      { type: 'table', rows: [{ ...row, upheld: { percent: Infinity, decisions: null, investigations: null, average: null } }] },
      { type: 'table', rows: [{ ...row, council: 'x'.repeat(20_000) }] },
      { type: 'status', progress: { done: 1.5, total: 3 }, notices: [] },
      { type: 'status', progress: null, notices: Array(21).fill('n') },
    ];
    for (const m of bad) assert.equal(ExtensionToSummarySchema.safeParse(m).success, false, JSON.stringify(m)?.slice(0, 120));
  });

  it('accepts what the webview sends, and drops the rest', () => {
    const good = [
      { type: 'ready' }, { type: 'open', id: 'file:///a.txt' }, { type: 'revealFinding', id: 'file:///a.txt', severity: 'hint' }, { type: 'export', format: 'json' }, { type: 'cancel' },
      { type: 'rendered', rows: 3, shown: 2, sort: { column: 'council', direction: 'descending' }, filter: 'x', councils: ['A'], foreignElements: 0 },
    ];
    for (const m of good) assert.equal(SummaryToExtensionSchema.safeParse(m).success, true, JSON.stringify(m));
    const bad = [{ type: 'open' }, { type: 'open', id: 3 }, { type: 'revealFinding', id: 'a', severity: 'fatal' }, { type: 'export', format: 'xlsx' }, { type: 'run', command: 'rm' }];
    for (const m of bad) assert.equal(SummaryToExtensionSchema.safeParse(m).success, false, JSON.stringify(m));
    assert.equal(SummaryStateSchema.safeParse({ sort: null, filter: '' }).success, true);
    assert.equal(SummaryStateSchema.safeParse({ sort: { column: 'x', direction: 'up' }, filter: '' }).success, false);
  });
});
