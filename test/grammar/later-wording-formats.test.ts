/**
 * The grammar on the engine's real format fixtures (test/fixtures/formats/: every year's wording and rendering) and on
 * test/fixtures/grammar/later-wording-variants.letter.txt, derived from them (a year in the statistics heading, a
 * heading straight after the signature, "Incomplete/Invalid", codes next to glued figures, a bold glossary that a
 * Markdown statistics heading ends).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, type TokenizedDocument, tokenizeDocument, tokenizeFile } from './tokenizer';

const L = (name: string): string => `${name}.ombudsman-letter`;
const ROOT = 'text.ombudsman-letter';
const FORMATS = 'test/fixtures/formats';
const VARIANTS = 'test/fixtures/grammar/later-wording-variants.letter.txt';
const FIGURE_SCOPES = ['constant.numeric.percentage', 'constant.numeric.integer', 'constant.numeric.decimal', 'constant.numeric.rate', 'constant.numeric.average'].map(L);

function assertHas(scopes: readonly string[], ...expected: string[]): void {
  for (const scope of expected) assert.ok(scopes.includes(scope), `expected ${scope} in [${scopes.join(', ')}]`);
}
function assertLacks(scopes: readonly string[], ...unexpected: string[]): void {
  for (const scope of unexpected) assert.ok(!scopes.includes(scope), `did not expect ${scope} in [${scopes.join(', ')}]`);
}

/**
 * Walks `line` left to right, finding each of `pieces` after the previous one, and returns for each the scopes of the
 * single token that is exactly that piece (failing if the piece is split across tokens or glued into a larger one).
 */
function exactTokens(doc: TokenizedDocument, lineText: string, pieces: readonly string[]): string[][] {
  const line = doc.line(lineText);
  let from = 0;
  return pieces.map((piece) => {
    const start = line.text.indexOf(piece, from);
    assert.ok(start >= 0, `${JSON.stringify(piece)} not found after column ${from} of line ${line.lineNumber + 1}`);
    from = start + piece.length;
    const token = line.tokens.find((t) => t.startIndex === start && t.endIndex === start + piece.length);
    const around = line.tokens.filter((t) => t.endIndex > start && t.startIndex < start + piece.length).map((t) => JSON.stringify(t.text));
    assert.ok(token, `${JSON.stringify(piece)} at column ${start} is not one token: ${around.join(' + ')}`);
    return [...token.scopes];
  });
}

describe('grammar: every year\'s wording (test/fixtures/formats)', () => {
  const docs = new Map<string, TokenizedDocument>();
  const doc = (file: string): TokenizedDocument => {
    const d = docs.get(file);
    if (!d) throw new Error(`${file} not loaded`);
    return d;
  };
  const fixtures = fs.readdirSync(path.join(REPO_ROOT, FORMATS)).sort();

  before(async () => {
    for (const file of fixtures) docs.set(file, await tokenizeFile(`${FORMATS}/${file}`));
    docs.set('variants', await tokenizeFile(VARIANTS));
  });

  it('tokenizes every fixture without stopping early; only the 2024-25 glossary stays open to the end', () => {
    assert.ok(fixtures.length >= 9, `only ${fixtures.length} format fixtures`);
    for (const [file, d] of docs) {
      assert.deepEqual(d.lines.filter((l) => l.stoppedEarly).map((l) => l.lineNumber + 1), [], file);
      // A glossary lasts until the next statistics heading or the end of the text, so it is still open after its last line.
      assert.equal(d.endDepth, file === '2024-25-letter.txt' ? 2 : 1, file);
    }
    const last = doc('2024-25-letter.txt').lines.at(-2)!;
    assert.ok(last.tokens.every((t) => t.scopes.includes(L('meta.glossary'))), 'last line of the 2024-25 letter is in the glossary');
  });

  it('scopes "No recommendations were due for compliance in this period" as a constant', () => {
    const phrase = 'No recommendations were due for compliance in this period';
    assertHas(doc('2020-21-bulleted.md').scopesAt(phrase, phrase), L('constant.language.none-due'));
    assertHas(doc('variants').scopesAt(phrase, phrase), L('constant.language.none-due'));
    // the same words in a sentence of their own are not the phrase
    assertLacks(doc('2024-25-letter.txt').scopesAt('Compliance with recommendations: A council', 'comply'), L('constant.language.none-due'));
  });

  describe('sentences glued by a lost line break (2021-22-glued.txt)', () => {
    const line = 'Complaints upheld80% Complaints upheld by Dacorum';

    it('colours all 20 figures of the glued line, each as exactly one token', () => {
      const pct = L('constant.numeric.percentage');
      const int = L('constant.numeric.integer');
      const date = L('constant.numeric.date');
      const expected: [string, string][] = [
        ['80%', pct], // caption glued to "Complaints upheld"
        ['80%', pct], // statement glued to "Council"
        ['70%', pct],
        ['12', int], // "authorities.12 upheld decisions"
        ['15', int],
        ['1 April 2021', date],
        ['31 March 2022', date], // glued to "Compliance with …"
        ['100%', pct], // caption glued to "recommendations"
        ['100%', pct],
        ['99%', pct],
        ['3', int],
        ['1 April 2021', date],
        ['31 March 2022', date], // glued to "Satisfactory remedies …"
        ['8%', pct], // caption glued to "Council"
        ['8%', pct],
        ['14%', pct],
        ['1', int], // "authorities.1 satisfactory remedy decision"
        ['12', int],
        ['1 April 2021', date],
        ['31 March 2022', date],
      ];
      const scopes = exactTokens(doc('2021-22-glued.txt'), line, expected.map(([figure]) => figure));
      expected.forEach(([figure, scope], i) => assert.ok(scopes[i]!.includes(scope), `figure ${i + 1} ${figure}: [${scopes[i]!.join(', ')}]`));
      // the captions' figures are caption figures, the statements' are not
      const [caption, statement] = scopes;
      assertHas(caption!, L('meta.caption'));
      assertLacks(statement!, L('meta.caption'));
    });

    it('does not colour "31" of a glued date as a count, nor the words around glued figures', () => {
      const d = doc('2021-22-glued.txt');
      const glued = d.line(line);
      for (const next of ['Compliance with Ombudsman', 'Satisfactory remedies provided']) {
        const start = glued.text.indexOf(`31 March 2022${next}`);
        const first = glued.tokens.find((t) => t.startIndex <= start && start < t.endIndex)!;
        assert.equal(first.text, '31 March 2022', `token at "31 March 2022${next}"`);
        assertLacks(first.scopes, L('constant.numeric.integer'));
      }
      assert.deepEqual(d.scopesAt(line, ' upheld decisionsView upheld decisionsStatistics are based'), [ROOT]);
    });

    it('scopes a key-area heading glued to the figure after it', () => {
      const [upheld, compliance, remedies] = exactTokens(doc('2021-22-glued.txt'), line, [
        'Complaints upheld',
        'Compliance with Ombudsman recommendations',
        'Satisfactory remedies provided by the Council',
      ]);
      for (const scopes of [upheld!, compliance!, remedies!]) assertHas(scopes, L('entity.name.tag.key-area'));
    });

    it('leaves digits inside words and codes alone, next to glued figures that are coloured', () => {
      const d = doc('variants');
      const codes = 'Printed on A4 paper under reference LGO2021 and form B7';
      for (const word of ['A4', 'LGO2021', 'B7']) assert.deepEqual(d.scopesAt(codes, word), [ROOT], word);
      const glued = 'Complaints upheld80% Complaints upheld by Newcastle upon Tyne City Council80%';
      const [caption, authority, statement, count] = exactTokens(d, glued, ['80%', 'Newcastle upon Tyne City Council', '80%', '12']);
      assertHas(caption!, L('constant.numeric.percentage'), L('meta.caption'));
      assertHas(authority!, L('entity.name.type.authority'));
      assertHas(statement!, L('constant.numeric.percentage'));
      assertHas(count!, L('constant.numeric.integer'));
    });
  });

  describe('glossary (2024-25-letter.txt)', () => {
    it('makes the "Glossary" line a heading and every line after it part of the glossary', () => {
      const d = doc('2024-25-letter.txt');
      assertHas(d.scopesAt('Glossary', 'Glossary'), L('markup.heading'), L('entity.name.section'), L('meta.glossary'));
      assertHas(d.scopesAt('Complaints upheld: We uphold', 'Complaints upheld'), L('entity.name.tag.key-area'), L('meta.glossary'));
      assertHas(d.scopesAt('Upheld decisions per 100,000 residents:', 'Upheld decisions per 100,000 residents'), L('entity.name.tag.glossary-term'));
      // the statistics above the glossary are still statistics
      assertHas(d.scopesAt('73% of complaints we investigated', '73%'), L('constant.numeric.percentage'));
      assertLacks(d.scopesAt('73% of complaints we investigated', '73%'), L('meta.glossary'));
    });

    it('colours no figure in a definition: the worked example, "below 100%", "An average of 100%", "100,000"', () => {
      const d = doc('2024-25-letter.txt');
      const checks: [string, string][] = [
        ['Complaints upheld: We uphold', '10'],
        ['Complaints upheld: We uphold', '5,'],
        ['Complaints upheld: We uphold', '50%'],
        ['Upheld decisions per 100,000 residents:', '100,000'],
        ['Compliance with recommendations: A council', '100%'],
        ['Satisfactory remedies provided by the Council: cases', '100%'],
      ];
      for (const [line, figure] of checks) {
        const scopes = d.scopesAt(line, figure);
        assertLacks(scopes, ...FIGURE_SCOPES, L('meta.average'));
        assertHas(scopes, L('meta.glossary'));
      }
    });

    it('ends the glossary at the next "… Annual statistics" heading, after which figures are figures again', async () => {
      const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, FORMATS, file), 'utf8');
      // a 2024-25 letter followed by another council's statistics page, as when several are pasted into one file
      const d = await tokenizeDocument(`${read('2024-25-letter.txt')}\n${read('2018-19-statistics.txt')}`);
      const heading = d.scopesAt('Wealden District Council Annual statistics', 'Annual statistics');
      assertHas(heading, L('markup.heading'));
      assertLacks(heading, L('meta.glossary'));
      assertHas(d.scopesAt('63% of complaints we investigated', '63%'), L('constant.numeric.percentage'));
      assertHas(d.scopesAt('This compares to an average of 54%', '54%'), L('constant.numeric.average'));
      assertLacks(d.scopesAt('Compliance with recommendations: A council', '100%'), L('constant.numeric.percentage'));
      assert.equal(d.endDepth, 1);
    });

    it('ends a **bold** glossary at a Markdown statistics heading (variants fixture)', () => {
      const d = doc('variants');
      assertHas(d.scopesAt('**Glossary**', 'Glossary'), L('markup.heading'), L('meta.glossary'));
      assertLacks(d.scopesAt('An average of 100% would mean', '100%'), ...FIGURE_SCOPES);
      const heading = d.scopesAt('## Stockton-on-Tees Borough Council Annual statistics', 'Stockton-on-Tees Borough Council');
      assertHas(heading, L('markup.heading'), L('entity.name.section'), L('entity.name.type.authority'));
      assertLacks(heading, L('meta.glossary'));
      assertHas(d.scopesAt('In 100% of cases we were satisfied', '100%'), L('constant.numeric.percentage'));
    });
  });

  describe('"… Annual statistics" headings', () => {
    it('makes "<council> Annual statistics" a heading, the council an authority', () => {
      const cases: [string, string][] = [
        ['2018-19-statistics.txt', 'Wealden District Council'],
        ['2022-23-statistics.txt', 'Kent County Council'],
        ['2022-23-population-glued.txt', 'Medway Council'],
        ['2023-24-statistics.txt', 'Rutland County Council'],
      ];
      for (const [file, council] of cases) {
        const line = `${council} Annual statistics`;
        const [name, words] = exactTokens(doc(file), line, [council, ' Annual statistics']);
        assertHas(name!, L('markup.heading'), L('entity.name.section'), L('entity.name.type.authority'));
        assertHas(words!, L('markup.heading'), L('entity.name.section'));
        assertLacks(words!, L('entity.name.type.authority'));
      }
      // a bare "Annual statistics" stays a heading without an authority
      const bare = doc('2024-25-letter.txt').scopesAt('Annual statistics', 'Annual statistics');
      assertHas(bare, L('markup.heading'));
      assertLacks(bare, L('entity.name.type.authority'));
    });

    it('scopes a year after "Annual statistics" and ends the signatory block at such a heading', () => {
      const d = doc('variants');
      const line = 'Rutland County Council Annual statistics 2023-24';
      assertHas(d.scopesAt(line, '2023-24'), L('constant.numeric.year'), L('markup.heading'));
      assertLacks(d.scopesAt(line, 'Rutland County Council'), L('meta.sign-off'), L('entity.name.function.signatory'));
      assertHas(d.scopesAt('Amerdeep Somal', 'Amerdeep Somal'), L('entity.name.function.signatory'));
      assertHas(d.scopesAt('60% of complaints', '60%'), L('constant.numeric.percentage'));
    });
  });

  describe('pre-2019-20 tables (2018-19-letter-tables.txt)', () => {
    const serviceAreas = [
      'Adult care services',
      'Benefits and tax',
      'Corporate and other services',
      "Education and children's services",
      'Environmental services, public protection and regulation',
      'Highways and transport',
      'Housing',
      'Planning and development',
      'Other',
      'Total',
    ];
    const decisions = [
      'Upheld',
      'Not upheld',
      'Advice given',
      'Closed after initial enquiries',
      'Incomplete or invalid',
      'Referred back for local resolution',
      'Uphold rate (%)',
      'Total',
    ];

    it('scopes every header cell as a table label, each as one token', () => {
      const d = doc('2018-19-letter-tables.txt');
      for (const scopes of exactTokens(d, 'Adult care services Benefits and tax', serviceAreas)) assertHas(scopes, L('support.type.table-label'), L('meta.table.header'));
      for (const scopes of exactTokens(d, 'Upheld Not upheld Advice given', decisions)) assertHas(scopes, L('support.type.table-label'));
      assertHas(d.scopesAt('Detailed investigations', 'Detailed investigations'), L('support.type.table-label'));
      const variant = exactTokens(doc('variants'), 'Upheld Not upheld Advice given', ['Incomplete/Invalid']);
      assertHas(variant[0]!, L('support.type.table-label'));
    });

    it('scopes the row label "2018 / 19" and keeps the row\'s numbers counts and its rate a percentage', () => {
      const d = doc('2018-19-letter-tables.txt');
      const [label, ...numbers] = exactTokens(d, '2018 / 19 6 4 3', ['2018 / 19', '6', '4', '3', '2', '7', '5', '9', '11', '1', '48']);
      assertHas(label!, L('support.type.table-label'), L('meta.table.row'));
      for (const scopes of numbers) assertHas(scopes, L('constant.numeric.integer'));
      const [decisionLabel, , , , , , , rate, total] = exactTokens(d, '2018 / 19 5 3', ['2018 / 19', '5', '3', '1', '14', '2', '21', '63%', '46']);
      assertHas(decisionLabel!, L('support.type.table-label'));
      assertHas(rate!, L('constant.numeric.percentage'));
      assertHas(total!, L('constant.numeric.integer'));
    });

    it('does not take the same words in prose for table labels', () => {
      const d = doc('2018-19-letter-tables.txt');
      const prose = 'Last year, we provided information on the number of complaints upheld and not upheld.';
      assert.deepEqual(d.scopesAt(prose, 'not upheld'), [ROOT]);
      assert.deepEqual(d.scopesAt('Note: The uphold rate shows', 'The uphold rate'), [ROOT]);
      assertLacks(d.scopesAt('Complaints and enquiries received', 'Complaints and enquiries received'), L('support.type.table-label'));
    });
  });

  describe('captions name the council', () => {
    it('scopes the council after "by" in all three caption kinds', () => {
      const cases: [string, string, string][] = [
        ['2020-21-bulleted.md', '80% Complaints upheld by Poole Borough Council', 'Poole Borough Council'],
        ['2020-21-bulleted.md', '8% Complaints with satisfactory remedy provided by Poole Borough Council', 'Poole Borough Council'],
        ['2022-23-statistics.txt', '80% Complaints upheld by Kent County Council', 'Kent County Council'],
        ['2022-23-statistics.txt', '99% of cases were successfully implemented by Kent County Council', 'Kent County Council'],
        ['2022-23-statistics.txt', '15% Complaints with satisfactory remedy provided by Kent County Council', 'Kent County Council'],
        ['2021-22-compact.txt', '100% of cases were successfully implemented by Christchurch Borough Council', 'Christchurch Borough Council'],
      ];
      for (const [file, line, council] of cases) {
        const [figure, name] = exactTokens(doc(file), line, [line.slice(0, line.indexOf('%') + 1), council]);
        assertHas(figure!, L('constant.numeric.percentage'), L('meta.caption'));
        assertHas(name!, L('entity.name.type.authority'), L('meta.caption'));
      }
      assertHas(doc('2022-23-statistics.txt').scopesAt('15% Complaints with satisfactory remedy', 'Complaints with satisfactory remedy'), L('entity.name.tag.key-area'));
    });

    it('ends a glued caption\'s council at the next sentence ("Dacorum Borough CouncilIn 100%")', () => {
      const line = 'Complaints upheld80% Complaints upheld by Dacorum';
      const names = exactTokens(doc('2021-22-glued.txt'), line, ['Dacorum Borough Council', 'Dacorum Borough Council', 'Dacorum Borough Council']);
      for (const scopes of names) assertHas(scopes, L('entity.name.type.authority'));
      assertLacks(doc('2021-22-glued.txt').scopesAt(line, 'In 100% of cases we were satisfied'), L('entity.name.type.authority'));
    });

    it('does not take the statement "In 99% of cases we were satisfied …" for a caption', () => {
      const scopes = doc('2022-23-statistics.txt').scopesAt('In 99% of cases we were satisfied', '99%');
      assertHas(scopes, L('constant.numeric.percentage'));
      assertLacks(scopes, L('meta.caption'));
    });
  });

  describe('rates, averages and separators of the later renderings', () => {
    it('reads "3.9% upheld decisions per 100,000 residents" (stray %) as a rate, glued average included', () => {
      const d = doc('2022-23-population-glued.txt');
      const line = 'Adjusted for Medway Council\'s population, this is 3.9%';
      const [rate, average] = exactTokens(d, line, ['3.9%', '4.2%']);
      assertHas(rate!, L('constant.numeric.rate'), L('meta.rate'));
      assertLacks(rate!, L('constant.numeric.percentage'));
      assertHas(average!, L('constant.numeric.rate'), L('constant.numeric.average'), L('meta.average'));
      assertLacks(average!, L('constant.numeric.percentage'));
    });

    it('reads a rate whose words went to the next line ("… this is 3.1" / "upheld decisions per 100,000 residents")', () => {
      const scopes = doc('2022-23-statistics.txt').scopesAt("Adjusted for Kent County Council's population, this is 3.1", '3.1');
      assertHas(scopes, L('constant.numeric.rate'), L('meta.rate'));
      assertLacks(scopes, L('constant.numeric.decimal'));
    });

    it('scopes an average printed "n/a" as an average phrase with a null', () => {
      const d = doc('2021-22-compact.txt');
      const line = 'This compares to an average of n/a in similar authorities.';
      assertHas(d.scopesAt(line, 'n/a'), L('constant.language.null'), L('meta.average'));
      assertHas(d.scopesAt(line, 'This compares to an average of'), L('meta.average'));
    });

    it('scopes the compact rendering\'s "-" line as a separator, not a list item', () => {
      const scopes = doc('2021-22-compact.txt').scopesAt('-', '-');
      assertHas(scopes, L('meta.separator'), L('punctuation.separator.block'));
      assertLacks(scopes, L('markup.list.unnumbered'));
    });
  });

  it('tokenizes pathological lines for the new rules quickly', async function () {
    this.timeout(60000);
    const lines = [
      `${'Abc '.repeat(3000)}Annual`,
      `${'Housing '.repeat(2000)}x`,
      `2018 / 19${' 1'.repeat(5000)} x`,
      `80% Complaints upheld by ${'Abc of the '.repeat(2000)}`,
      `${'a1'.repeat(5000)}% upheld decisions`,
      `Glossary\n${'Term '.repeat(3000)}`,
      `population, this is ${'1'.repeat(10000)}.`,
      `No recommendations${' '.repeat(10000)}were`,
    ];
    for (const line of lines) {
      const started = performance.now();
      const d = await tokenizeDocument(`${line}\n${line}`, 3000);
      const elapsed = performance.now() - started;
      assert.ok(d.lines.every((l) => !l.stoppedEarly), `stopped early on ${JSON.stringify(line.slice(0, 30))}…`);
      assert.ok(elapsed < 3000, `${elapsed.toFixed(0)} ms for ${JSON.stringify(line.slice(0, 30))}…`);
    }
  });
});
