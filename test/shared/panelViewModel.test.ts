// The statistics panel's view model, from the real Rochford letter (004) and letters derived from it by
// the edits a reviewer meets: an "n/a" average, a missing block, a figure that disagrees, hostile text.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewText } from '../../src/core';
import type { PanelViewModel } from '../../src/shared/panelProtocol';
import { PanelViewModelSchema } from '../../src/shared/panelProtocol';
import { MAX_FINDINGS, buildPanelViewModel, compare, formatCount, formatIsoDate, formatNumber } from '../../src/shared/panelViewModel';

const LETTERS = join(__dirname, '..', 'fixtures', 'letters');
const ROCHFORD = readFileSync(join(LETTERS, '004_63abd8654b08d728.txt'), 'utf8');

function modelOf(text: string, rules?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>): PanelViewModel {
  const { letter, findings } = reviewText(text, rules);
  const model = buildPanelViewModel({ letter, findings, text, fileName: 'letter.txt' });
  // Whatever the letter, the model must pass the schema the webview checks it against.
  PanelViewModelSchema.parse(model);
  return model;
}

function area(model: PanelViewModel, name: 'upheld' | 'compliance' | 'remedy') {
  const a = model.areas.find((x) => x.area === name);
  assert.ok(a, `no ${name} area`);
  return a;
}

function detail(model: PanelViewModel, key: string) {
  const d = model.details.find((x) => x.key === key);
  assert.ok(d, `no ${key} detail`);
  return d;
}

/** `text` with `from` replaced once; fails if `from` is not there (so a fixture can't silently stop applying). */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture text lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe('panel view model: the Rochford letter (004)', () => {
  const model = modelOf(ROCHFORD);

  it('names the council in the title and the header', () => {
    assert.equal(model.title, 'Statistics: Rochford District Council');
    assert.equal(model.council, 'Rochford District Council');
  });

  it('lists the particulars, each with the range it came from', () => {
    const expected: Record<string, string> = {
      council: 'Rochford District Council',
      addressee: 'Mr Scrutton',
      role: 'Managing Director',
      date: '22 July 2020',
      reviewYear: '2020',
      period: '1 April 2019 to 31 March 2020',
    };
    for (const [key, value] of Object.entries(expected)) {
      const d = detail(model, key);
      assert.equal(d.value, value, key);
      assert.ok(d.span, `${key} has no span`);
    }
    // Where the span is literal text, it selects exactly that text.
    for (const key of ['council', 'addressee', 'role', 'date']) {
      const d = detail(model, key);
      assert.equal(ROCHFORD.slice(d.span!.start, d.span!.end), d.value, key);
    }
    assert.match(ROCHFORD.slice(detail(model, 'reviewYear').span!.start, detail(model, 'reviewYear').span!.end), /Annual Review letter 2020/);
  });

  it('shows complaints upheld: 100%, 1 of 1 detailed investigation, against 45%', () => {
    const a = area(model, 'upheld');
    assert.equal(a.title, 'Complaints upheld');
    assert.equal(a.stated, true);
    assert.deepEqual([a.percent.state, a.percent.value, a.percent.text], ['stated', 100, '100%']);
    assert.deepEqual([a.average.state, a.average.value, a.average.text], ['stated', 45, '45%']);
    assert.equal(a.basis?.text, '1 of 1 detailed investigation');
    assert.deepEqual(a.comparison, { direction: 'above', points: 55, text: '55 points above average' });
    assert.equal(ROCHFORD.slice(a.percent.span!.start, a.percent.span!.end), '100');
    assert.equal(ROCHFORD.slice(a.average.span!.start, a.average.span!.end), '45');
    // Each count in the basis selects exactly that count in the letter (not the 78 characters from
    // "1 upheld decision" to "1 detailed investigation" across four lines that it once did).
    const parts = a.basis!.parts.map((p) => [p.text, p.span ? ROCHFORD.slice(p.span.start, p.span.end) : null]);
    assert.deepEqual(parts, [['1', '1'], [' of ', null], ['1 detailed investigation', '1']]);
    const [decisions, , investigations] = a.basis!.parts;
    assert.ok(/upheld decision/.test(ROCHFORD.slice(decisions!.span!.end, decisions!.span!.end + 20)), 'the upheld decisions count');
    assert.ok(ROCHFORD.startsWith(' detailed investigation', investigations!.span!.end), 'the detailed investigations count');
    assert.equal(a.problem, null, 'no finding, no mark');
  });

  it('shows compliance 100% against 99%, one point above', () => {
    const a = area(model, 'compliance');
    assert.equal(a.percent.text, '100%');
    assert.equal(a.average.text, '99%');
    assert.equal(a.basis?.text, 'based on 1 compliance outcome');
    assert.equal(a.comparison?.text, '1 point above average');
  });

  it('shows satisfactory remedy 0% of 1 upheld decision, 20 points below the 20% average', () => {
    const a = area(model, 'remedy');
    assert.equal(a.percent.text, '0%');
    assert.equal(a.percent.value, 0);
    assert.equal(a.average.text, '20%');
    assert.equal(a.basis?.text, '0 of 1 upheld decision');
    // The base is revealed where the remedy block states it ("based on a total of 1"), the count as itself.
    assert.deepEqual(a.basis?.parts.map((p) => (p.span ? ROCHFORD.slice(p.span.start, p.span.end) : null)), ['0', null, '1']);
    assert.ok(a.basis!.parts[2]!.span!.start > ROCHFORD.indexOf('Satisfactory remedies provided by the authority'), 'in the remedy block');
    assert.deepEqual(a.comparison, { direction: 'below', points: 20, text: '20 points below average' });
  });

  it('describes each area in one sentence for screen readers', () => {
    assert.equal(area(model, 'upheld').description, 'Complaints upheld: 100% (1 of 1 detailed investigation). Similar authorities: 45%. 55 points above average.');
  });

  it('has no findings, and says so in the counts', () => {
    assert.deepEqual(model.findings, []);
    assert.deepEqual(model.counts, { error: 0, warning: 0, information: 0, hint: 0 });
    assert.equal(model.findingsOmitted, 0);
  });
});

describe('panel view model: derived letters', () => {
  it('shows an "n/a" average as n/a, with no comparison', () => {
    const a = area(modelOf(edit(ROCHFORD, 'average of **45%**', 'average of n/a')), 'upheld');
    assert.deepEqual([a.average.state, a.average.value, a.average.text], ['na', null, 'n/a']);
    assert.ok(a.average.span, 'n/a is still in the letter: it can be revealed');
    assert.equal(a.comparison, null);
    assert.equal(a.percent.text, '100%');
    assert.match(a.description, /Similar authorities: n\/a\.$/);
  });

  it('shows "not stated" for a block the letter lacks, and the finding that says so', () => {
    const cut = ROCHFORD.slice(0, ROCHFORD.indexOf('Satisfactory remedies provided by the authority\n\n\n'));
    const model = modelOf(cut);
    const a = area(model, 'remedy');
    assert.equal(a.stated, false);
    assert.equal(a.percent.text, 'not stated');
    assert.equal(a.average.text, 'not stated');
    assert.equal(a.basis, null);
    assert.equal(a.comparison, null);
    assert.equal(area(model, 'upheld').percent.text, '100%', 'the other blocks still show');
    assert.deepEqual(
      model.findings.map((f) => f.code),
      ['statistics-incomplete'],
    );
  });

  it('shows "not stated" for everything in a letter without statistics (000), with its finding', () => {
    const text = readFileSync(join(LETTERS, '000_f12d23132a32b45e.txt'), 'utf8');
    const model = modelOf(text);
    for (const a of model.areas) {
      assert.equal(a.stated, false, a.area);
      assert.equal(a.percent.text, 'not stated');
    }
    assert.ok(model.findings.some((f) => f.code === 'statistics-missing' && f.severity === 'warning'));
    assert.equal(model.counts.warning, model.findings.filter((f) => f.severity === 'warning').length);
  });

  it('lists a disagreeing figure as a finding with its severity, message and line', () => {
    const text = edit(ROCHFORD, '100% of complaints', '67% of complaints');
    const model = modelOf(text);
    const a = area(model, 'upheld');
    assert.equal(a.percent.text, '67%');
    assert.equal(a.comparison?.text, '22 points above average');
    const [f] = model.findings;
    assert.ok(f);
    assert.equal(f.code, 'upheld-inconsistent');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '67% upheld, but 1 of 1 investigation is 100%');
    assert.equal(f.line, text.slice(0, f.span.start).split('\n').length);
    assert.equal(text.slice(f.span.start, f.span.end), '67');
    assert.equal(model.counts.error, 1);
    // The card of the area whose figures disagree carries the error too; the others none.
    assert.deepEqual(a.problem, { severity: 'error', count: 1, message: '67% upheld, but 1 of 1 investigation is 100%' });
    assert.equal(area(model, 'compliance').problem, null);
    assert.equal(area(model, 'remedy').problem, null);
  });

  it('marks each card with its own worst finding, and none for a hint', () => {
    const remedy = edit(ROCHFORD, '0\nsatisfactory remedy decisions', '3\nsatisfactory remedy decisions');
    const model = modelOf(remedy);
    assert.equal(area(model, 'upheld').problem, null);
    assert.equal(area(model, 'remedy').problem?.severity, 'error');
    assert.ok(area(model, 'remedy').problem!.count >= 1);
    const hintOnly = modelOf(edit(ROCHFORD, '1\nupheld decision', '2\nupheld decision'), { 'count-exceeds-total': 'off', 'upheld-inconsistent': 'off', 'remedy-inconsistent': 'off', 'base-mismatch': 'off' });
    assert.ok(hintOnly.findings.some((f) => f.code === 'plural-mismatch'), 'the plural hint is listed');
    assert.equal(area(hintOnly, 'upheld').problem, null, 'a hint marks no card');
  });

  it('honours rule settings: a rule turned off lists nothing, a changed severity shows', () => {
    const text = edit(ROCHFORD, '100% of complaints', '67% of complaints');
    assert.deepEqual(modelOf(text, { 'upheld-inconsistent': 'off' }).findings, []);
    assert.equal(modelOf(text, { 'upheld-inconsistent': 'hint' }).findings[0]?.severity, 'hint');
  });

  it('orders findings by position in the letter', () => {
    const text = edit(edit(ROCHFORD, '100% of complaints', '67% of complaints'), '0\nsatisfactory remedy decisions', '3\nsatisfactory remedy decisions');
    const starts = modelOf(text).findings.map((f) => f.span.start);
    assert.ok(starts.length >= 2, `expected two or more findings, got ${starts.length}`);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  });

  it('keeps hostile text as plain strings (the webview puts them in as text)', () => {
    const text = edit(ROCHFORD.replaceAll('Rochford District Council', '<img src=x onerror="window.__pwned=1">'), 'Mr Scrutton\n', '<script>window.__pwned=2</script>\n');
    const model = modelOf(text);
    assert.equal(model.council, '<img src=x onerror="window.__pwned=1">');
    assert.equal(model.title, 'Statistics: <img src=x onerror="window.__pwned=1">');
    assert.equal(detail(model, 'addressee').value, '<script>window.__pwned=2</script>');
  });

  it('cuts an absurdly long council line for display, and caps the findings list', () => {
    const long = 'Borough '.repeat(400).trim();
    const model = modelOf(ROCHFORD.replaceAll('Rochford District Council', long));
    assert.ok(model.council!.length <= 200, `council shown at ${model.council!.length} characters`);
    assert.ok(model.council!.endsWith('…'));
    assert.ok(model.title.length < 80);

    const { letter, findings } = reviewText(ROCHFORD);
    const many = Array.from({ length: MAX_FINDINGS + 25 }, (_, i) => ({ code: 'x', severity: 'hint' as const, message: `m${i}`, span: { start: i, end: i + 1 }, related: [], fix: null }));
    const capped = buildPanelViewModel({ letter, findings: [...findings, ...many], text: ROCHFORD, fileName: 'f' });
    assert.equal(capped.findings.length, MAX_FINDINGS);
    assert.equal(capped.findingsOmitted, 25);
    assert.equal(capped.counts.hint, MAX_FINDINGS + 25);
  });

  it('shows the 2022-23 rate per 100,000 residents beside the upheld figure', () => {
    const text = edit(
      ROCHFORD,
      'This compares to an average of **45%** in similar authorities.',
      "This compares to an average of **45%** in similar authorities.\n\nAdjusted for Rochford District Council's population, this is 1.2 upheld decisions per 100,000 residents.\n\nThe average for authorities of this type is 0.9 upheld decisions per 100,000 residents.",
    );
    const a = area(modelOf(text), 'upheld');
    assert.equal(a.note, '1.2 upheld decisions per 100,000 residents (average 0.9)');
    assert.equal(a.percent.text, '100%', 'the rate is not the percentage');
    assert.equal(a.basis?.text, '1 of 1 detailed investigation', 'nor the count');
    assert.match(a.description, /1\.2 upheld decisions per 100,000 residents/);
  });

  it('shows "none due" when no recommendations were due for compliance', () => {
    const from = ROCHFORD.indexOf('In **100%** of cases we were satisfied');
    const to = ROCHFORD.indexOf('Statistics are based on a total of 1 compliance outcome');
    assert.ok(from > 0 && to > from);
    const text = `${ROCHFORD.slice(0, from)}No recommendations were due for compliance in this period.\n\n${ROCHFORD.slice(to)}`;
    const a = area(modelOf(text), 'compliance');
    assert.equal(a.percent.text, 'none due');
    assert.equal(a.percent.state, 'na');
    assert.equal(a.note, 'No recommendations were due for compliance in this period.');
    assert.equal(a.comparison, null);
  });

  it('draws an out-of-range figure with its real number', () => {
    const a = area(modelOf(edit(ROCHFORD, '100% of complaints', '450% of complaints')), 'upheld');
    assert.equal(a.percent.text, '450%');
    assert.equal(a.comparison?.text, '405 points above average');
  });

  it('survives text that is not a letter at all', () => {
    for (const text of ['', '\u0000\u0001binary', '<<<>>>'.repeat(1000), 'Complaints upheld\n\n% of complaints we investigated were upheld.']) {
      const model = modelOf(text);
      assert.equal(model.council, null);
      assert.equal(model.title, 'Statistics: letter.txt');
      assert.equal(model.areas.length, 3);
    }
  });
});

describe('panel view model: wording helpers', () => {
  it('compares in percentage points, singular and plural, and equal', () => {
    assert.equal(compare(100, 45).text, '55 points above average');
    assert.equal(compare(44, 45).text, '1 point below average');
    assert.deepEqual(compare(45, 45), { direction: 'same', points: 0, text: 'same as average' });
    assert.equal(compare(33.3, 30).text, '3.3 points above average');
    assert.equal(compare(0.04, 0).direction, 'same', 'differences below 0.05 round to none');
  });

  it('formats numbers, counts and dates without the machine locale', () => {
    assert.equal(formatNumber(33.333), '33.3');
    assert.equal(formatNumber(45), '45');
    assert.equal(formatCount(1234567), '1,234,567');
    assert.equal(formatCount(1), '1');
    assert.equal(formatCount(999), '999');
    assert.equal(formatCount(1000), '1,000');
    assert.equal(formatCount(-12345), '-12,345');
    assert.equal(formatCount(2.5), '2.5');
    assert.equal(formatIsoDate('2020-07-22'), '22 July 2020');
    assert.equal(formatIsoDate('2019-04-01'), '1 April 2019');
    assert.equal(formatIsoDate('2020-13-01'), '2020-13-01', 'an impossible month stays as it was');
  });
});
