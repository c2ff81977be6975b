// The facts each format's statements give for one sentence or heading, read directly (the statement's
// pattern over the flat text, its read() with the parser's own reader): exactly the facts expected, and
// none where a noun runs on into a longer word, a date is no date, or a heading is not a line of its own.
import * as assert from 'node:assert/strict';
import { FORMATS } from '../../../src/core';
import type { Capture, Fact } from '../../../src/core/formats/types';
import { createReader } from '../../../src/core/parse/reader';
import { flatten } from '../../../src/core/text/flatten';

/** Every fact statement `name` of format `format` reads from `text`, match by match. */
function factsOf(format: string, name: string, text: string): Fact[] {
  const statement = FORMATS.find((f) => f.name === format)?.statements.find((s) => s.name === name);
  assert.ok(statement, `${format}/${name}: no such statement`);
  const flatText = flatten(text);
  const { flat } = flatText;
  const reader = createReader(text, flatText);
  const facts: Fact[] = [];
  for (const m of flat.matchAll(statement.pattern)) {
    const groups: Record<string, Capture> = {};
    for (const [key, range] of Object.entries(m.indices?.groups ?? {})) {
      if (range) groups[key] = { text: flat.slice(range[0], range[1]), start: range[0], end: range[1] };
    }
    facts.push(...statement.read(groups, { text: m[0], start: m.index, end: m.index + m[0].length }, reader));
  }
  return facts;
}

/** The facts with each figure, capture and located text reduced to its text, for short exact comparisons. */
function texts(facts: Fact[]): unknown[] {
  return JSON.parse(JSON.stringify(facts, (key, value: unknown) => {
    if (value && typeof value === 'object' && 'text' in value && key !== '') return (value as { text: string }).text;
    return value;
  })) as unknown[];
}

describe('formats: the facts each statement reads', () => {
  it('reads nothing from a count whose noun runs on into a longer word', () => {
    const cases: [string, string, string][] = [
      ['2020', 'upheld-decisions', 'We made 12 upheld decisionsxx.'],
      ['2020', 'remedy-decisions', 'In 3 upheld decisionsxx we'],
      ['2020', 'detailed-investigations', 'based on a total of 12 detailed investigationsxx'],
      ['2020', 'compliance-outcomes', 'based on a total of 12 compliance outcomesxx'],
      ['statistics-page', 'remedy-base', 'based on a total of 12 upheld decisionsxx'],
      ['statistics-page', 'investigations-total', 'based on a total of 12 investigationsxx'],
      ['2024-25', 'overview-complaints', 'We dealt with 15 complaintsxx'],
      ['2024-25', 'overview-assessed', 'We assessed and closed 15 complaintsxx'],
      ['2024-25', 'investigated', 'We investigated 15 complaintsxx and upheld 11.'],
    ];
    for (const [format, name, text] of cases) assert.deepEqual(factsOf(format, name, text), [], `${format}/${name}: ${text}`);
  });

  it('reads the count and its period from a "based on a total of" sentence', () => {
    assert.deepEqual(texts(factsOf('2020', 'detailed-investigations', 'based on a total of 12 detailed investigations')), [
      { kind: 'figure', area: 'current', field: 'total', figure: '12' },
    ]);
    assert.deepEqual(texts(factsOf('2020', 'compliance-outcomes', 'based on a total of 4 compliance outcomes')), [
      { kind: 'figure', area: 'compliance', field: 'outcomes', figure: '4' },
    ]);
  });

  it('sets the block of the 2020 letter\'s headings, and reads no year ending on a date that is no date', () => {
    assert.deepEqual(factsOf('2020', 'upheld-heading', 'Complaints upheld'), [{ kind: 'area', area: 'upheld' }]);
    assert.deepEqual(factsOf('2020', 'compliance-heading', 'Compliance with Ombudsman recommendations'), [{ kind: 'area', area: 'compliance' }]);
    assert.deepEqual(factsOf('2020', 'remedy-heading', 'Satisfactory remedies provided by the Council'), [{ kind: 'area', area: 'remedy' }]);
    assert.deepEqual(texts(factsOf('2020', 'intro-year-ending', 'for the year ending 31 March 2020')), [
      { kind: 'period', area: 'intro', from: null, to: '2020-03-31', whole: 'for the year ending 31 March 2020' },
    ]);
    assert.deepEqual(factsOf('2020', 'intro-year-ending', 'for the year ending 31 February 2020'), []);
  });

  it('takes a glossary heading only as a line of its own', () => {
    assert.deepEqual(factsOf('2024-25', 'glossary', 'Intro.\nGlossary of terms\nUpheld'), [{ kind: 'glossary' }]);
    assert.deepEqual(factsOf('2024-25', 'glossary', 'Glossary of terms and more'), []);
    assert.deepEqual(factsOf('2024-25', 'glossary', 'See the glossary'), []);
  });

  it('takes "Annual statistics 2021-22" only as a heading line, alone or after a council\'s name', () => {
    assert.deepEqual(texts(factsOf('statistics-page', 'statistics-heading-year-range', 'Kent County Council Annual statistics 2021-22')), [
      { kind: 'period', area: 'heading', from: '2021-04-01', to: '2022-03-31', whole: '2021-22' },
    ]);
    assert.deepEqual(texts(factsOf('statistics-page', 'statistics-heading-year-range', 'Kent County Council\nComplaint statistics 2021-22')), [
      { kind: 'authority', authority: 'Kent County Council', startsPage: true },
      { kind: 'period', area: 'heading', from: '2021-04-01', to: '2022-03-31', whole: '2021-22' },
    ]);
    assert.deepEqual(factsOf('statistics-page', 'statistics-heading-year-range', 'Our own figures Annual statistics 2021-22'), []);
    assert.deepEqual(factsOf('statistics-page', 'statistics-heading-year-range', 'Annual statistics 2021-22 were published'), []);
  });

  it('takes the council of "Adjusted for …\'s population" only when it is named', () => {
    assert.deepEqual(texts(factsOf('2022-23', 'population-council', 'Adjusted for Kent County Council\'s population')), [
      { kind: 'authority', authority: 'Kent County Council' },
    ]);
    assert.deepEqual(factsOf('2022-23', 'population-council', 'Adjusted for the Council\'s population'), []);
  });

  it('reads a table of two columns, a label repeated in the header once, and no table where the heading has no columns after it', () => {
    const columns = (text: string): unknown[] =>
      factsOf('tables-2018-19', 'decisions-table', text).map((f) => (f.kind === 'table' ? f.table.columns.map((c) => [c.key, c.label.text, c.figure.value]) : f));
    assert.deepEqual(columns('Decisions made\nUpheld Not upheld\n5 7'), [[['upheld', 'Upheld', 5], ['notUpheld', 'Not upheld', 7]]]);
    assert.deepEqual(columns('Decisions made\nUpheld Not upheld Upheld\n5 7'), [[['upheld', 'Upheld', 5], ['notUpheld', 'Not upheld', 7]]]);
    assert.deepEqual(factsOf('tables-2018-19', 'decisions-table', 'Decisions made in the year were few.'), []);
  });

  it('keeps the noun of "upheld decisions out of", the start of a period in either date order, and a quoted year as prose', () => {
    assert.deepEqual(texts(factsOf('quoted', 'quoted-upheld-out-of', 'The Ombudsman made 8 upheld decisions out of 12.')), [
      { kind: 'figure', area: 'upheld', field: 'decisions', figure: '8' },
      { kind: 'figure', area: 'upheld', field: 'total', figure: '12' },
    ]);
    const [decisions] = factsOf('quoted', 'quoted-upheld-out-of', 'The Ombudsman made 8 upheld decisions out of 12.');
    assert.equal(decisions?.kind === 'figure' ? decisions.figure.noun?.text : undefined, 'upheld decisions');
    for (const [text, from, to] of [
      ['1st April 2021 to 31st March 2022', '2021-04-01', '2022-03-31'],
      ['April 1, 2020 to March 31, 2021', '2020-04-01', '2021-03-31'],
    ]) {
      assert.deepEqual(texts(factsOf('quoted', 'quoted-period', text!)), [{ kind: 'period', area: 'intro', from, to, whole: text }], text);
    }
    assert.deepEqual(factsOf('quoted', 'quoted-period', '1st April 2021 to 31st February 2022'), []);
    assert.deepEqual(texts(factsOf('quoted', 'quoted-letter-for-year-range', 'the Annual Review letter for 2021/22')), [
      { kind: 'period', area: 'intro', from: '2021-04-01', to: '2022-03-31', whole: '2021/22', inProse: true },
    ]);
  });
});
