// The parser on every dress a letter comes in: each must give 004's figures, with every span on the
// right characters of its own text. Byte-level dresses (CRLF, CR, BOM, NBSP, lines of spaces) are
// made here from the real letter and the derived fixtures, as editors and git would normalise them.
import * as assert from 'node:assert/strict';
import { LineIndex, reviewText, summarizeLetter } from '../../../src/core';
import type { Figure, Finding, Letter } from '../../../src/core';
import { contractOf } from '../support/contract';
import { at, derivedLetter, realLetter } from '../support/letters';

const crlf = (t: string): string => t.replace(/\n/g, '\r\n');
const crOnly = (t: string): string => t.replace(/\n/g, '\r');
const bom = (t: string): string => `\ufeff${t}`;
const nbsp = (t: string): string => t.replace(/ /g, '\u00a0');
const spacesOnlyLines = (t: string): string => t.replace(/\n\n/g, '\n   \n');

interface Dress {
  name: string;
  text: () => string;
  /** False for the statistics without the letter around them. */
  hasLetter: boolean;
  footers?: number;
}

const DRESSES: Dress[] = [
  { name: 'plain PDF-to-text (the real 004)', text: () => realLetter('004'), hasLetter: true },
  { name: 'Markdown: ## headings, **bold** figures, <u> links', text: () => derivedLetter('004-markdown.md'), hasLetter: true },
  { name: 'CRLF line ends', text: () => crlf(realLetter('004')), hasLetter: true },
  { name: 'CR-only line ends', text: () => crOnly(realLetter('004')), hasLetter: true },
  { name: 'a byte-order mark', text: () => bom(realLetter('004')), hasLetter: true },
  { name: 'NBSPs instead of spaces', text: () => nbsp(realLetter('004')), hasLetter: true },
  { name: 'lines holding only spaces', text: () => spacesOnlyLines(realLetter('004')), hasLetter: true },
  { name: 'hard wraps inside sentences with figures', text: () => derivedLetter('004-hard-wrapped.txt'), hasLetter: true },
  { name: 'hard wraps with CRLF, a BOM and NBSPs together', text: () => bom(crlf(nbsp(derivedLetter('004-hard-wrapped.txt')))), hasLetter: true },
  { name: 'figures alone on their lines', text: () => derivedLetter('004-figures-alone.txt'), hasLetter: true },
  { name: 'a page footer dropped mid-sentence in the statistics', text: () => derivedLetter('004-footer-mid-sentence.txt'), hasLetter: true, footers: 2 },
  { name: 'the same footers with CR-only line ends', text: () => crOnly(derivedLetter('004-footer-mid-sentence.txt')), hasLetter: true, footers: 2 },
  { name: 'the statistics on their own', text: () => derivedLetter('004-statistics-only.txt'), hasLetter: false },
  { name: 'Markdown statistics on their own, CRLF', text: () => crlf(derivedLetter('004-markdown.md').slice(derivedLetter('004-markdown.md').indexOf('## **Complaints upheld**'))), hasLetter: false },
  { name: 'a one-line addressee', text: () => derivedLetter('004-one-line-addressee.txt'), hasLetter: true },
];

/** White space of any kind as one space, so "upheld\r\ndecision" reads as "upheld decision". */
const squash = (s: string): string => s.replace(/\s+/g, ' ');
const words = (s: string): string => squash(s).trim();

/** The figure's span covers exactly its number, and the number stands where `context` says. */
function assertFigureAt(text: string, figure: Figure | null | undefined, value: number, label: string, before: RegExp, after: RegExp): void {
  assert.ok(figure, `${label}: not read`);
  assert.equal(figure.value, value, `${label}: value`);
  assert.equal(at(text, figure.span), String(value), `${label}: span covers ${JSON.stringify(at(text, figure.span))}`);
  const preceding = squash(text.slice(Math.max(0, figure.span.start - 80), figure.span.start).replace(/\*\*/g, ''));
  // A page footer dropped mid-sentence is no part of the sentence.
  const following = squash(text.slice(figure.span.end, figure.span.end + 140).replace(/\*\*/g, '')).replace(/Rochford District Council For the period ending: 31\/03\/20 /g, '');
  assert.match(preceding, before, `${label}: text before the figure`);
  assert.match(following, after, `${label}: text after the figure`);
}

function assertRochfordFigures(text: string, letter: Letter): void {
  const { upheld, compliance, remedy } = letter.statistics;
  assert.ok(upheld && compliance && remedy, 'all three blocks read');
  assertFigureAt(text, upheld.percent, 100, 'upheld percent', /(?:^| )$/, /^% of complaints we investigated were upheld/);
  assertFigureAt(text, upheld.average, 45, 'upheld average', /compares to an average of ?$/, /^% in similar authorities/);
  assertFigureAt(text, upheld.decisions, 1, 'upheld decisions', /(?:^| )$/, /^ ?upheld decision\b/);
  assertFigureAt(text, upheld.investigations, 1, 'investigations', /based on a total of ?$/, /^ ?detailed investigation for the period/);
  assertFigureAt(text, compliance.percent, 100, 'compliance percent', /In ?$/, /^% of cases we were satisfied/);
  assertFigureAt(text, compliance.average, 99, 'compliance average', /compares to an average of ?$/, /^% in similar authorities/);
  assertFigureAt(text, compliance.outcomes, 1, 'compliance outcomes', /based on a total of ?$/, /^ ?compliance outcome for/);
  assertFigureAt(text, remedy.percent, 0, 'remedy percent', /In ?$/, /^% of upheld cases/);
  assertFigureAt(text, remedy.average, 20, 'remedy average', /compares to an average of ?$/, /^% in similar authorities/);
  assertFigureAt(text, remedy.decisions, 0, 'remedy decisions', /(?:^| )$/, /^ ?satisfactory remedy decisions/);
  // Every figure of the same area stands in its own block: the upheld investigations before the
  // compliance heading, the remedy base after the remedy percentage.
  assert.ok(upheld.investigations!.span.start < compliance.percent!.span.start);
  assert.ok(remedy.base && remedy.base.span.start > remedy.percent!.span.start && remedy.base.value === 1);
  // Nouns cover their words, whatever white space the dress put between them.
  assert.equal(words(at(text, upheld.decisions!.noun!.span)), 'upheld decision');
  assert.equal(words(at(text, upheld.investigations!.noun!.span)), 'detailed investigation');
  assert.equal(words(at(text, compliance.outcomes!.noun!.span)), 'compliance outcome');
  assert.equal(words(at(text, remedy.decisions!.noun!.span)), 'satisfactory remedy decisions');
  for (const block of [upheld, compliance, remedy]) {
    assert.ok(block.period, `${block.area}: period`);
    assert.deepEqual([block.period.start, block.period.end], ['2019-04-01', '2020-03-31']);
    assert.equal(words(at(text, block.period.span)), 'for the period between 1 April 2019 to 31 March 2020');
  }
}

describe('parser: every dress of letter 004 gives the same figures, spans on the right characters', () => {
  for (const dress of DRESSES) {
    describe(dress.name, () => {
      const text = dress.text();
      // Reviewed before each test, not while the file loads (why: stryker.config.mjs).
      let letter: Letter, findings: Finding[];
      beforeEach(() => {
        ({ letter, findings } = reviewText(text));
      });

      it('reads all eleven figures where they stand', () => assertRochfordFigures(text, letter));

      it('gives no finding above hint', () => {
        assert.deepEqual(findings.filter((f) => f.severity !== 'hint').map((f) => `${f.code}: ${f.message}`), []);
      });

      it('summarises to the same statistics and period', () => {
        const s = contractOf(summarizeLetter(letter));
        assert.deepEqual(s.statistics.upheld, { percent: 100, average: 45, decisions: 1, investigations: 1 });
        assert.deepEqual(s.statistics.compliance, { percent: 100, average: 99, outcomes: 1 });
        assert.deepEqual(s.statistics.remedy, { percent: 0, average: 20, decisions: 0 });
        assert.deepEqual(s.period, { start: '2019-04-01', end: '2020-03-31' });
        assert.equal(s.reviewYear, 2020);
      });

      it('reads the block headings', () => {
        const { upheld, compliance, remedy } = letter.statistics;
        assert.equal(upheld?.heading && words(at(text, upheld.heading.span)), 'Complaints upheld');
        assert.equal(compliance?.heading && words(at(text, compliance.heading.span)), 'Compliance with Ombudsman recommendations');
        assert.equal(remedy?.heading && words(at(text, remedy.heading.span)), 'Satisfactory remedies provided by the authority');
      });

      if (dress.hasLetter) {
        it('reads the letter around the statistics', () => {
          const s = summarizeLetter(letter);
          assert.equal(s.authority, 'Rochford District Council');
          assert.deepEqual(s.recipient, { name: 'Mr Scrutton', role: 'Managing Director' });
          assert.equal(s.date, '2020-07-22');
          for (const [label, located, expected] of [
            ['heading', letter.heading, 'Local Government & Social Care OMBUDSMAN'],
            ['delivery', letter.delivery, 'By email'],
            ['authority', letter.addressee?.authority, 'Rochford District Council'],
            ['salutation', letter.salutation, 'Dear Mr Scrutton'],
            ['title', letter.title, 'Annual Review letter 2020'],
            ['sign-off', letter.signOff, 'Yours sincerely,'],
          ] as const) {
            assert.ok(located, `${label}: not found`);
            assert.equal(words(located.text), expected, `${label}: text`);
            assert.equal(words(at(text, located.span)), expected, `${label}: span`);
          }
          assert.deepEqual(letter.sections.map((s) => words(s.heading.text)), [
            'Complaint statistics', 'Resources to help you get it right',
            'Complaints upheld', 'Compliance with Ombudsman recommendations', 'Satisfactory remedies provided by the authority',
          ]);
          assert.equal(words(letter.signatory?.text ?? ''), 'Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England');
          assert.deepEqual(letter.periods.map((p) => p.source).filter((s) => s !== 'footer'), ['title', 'intro', 'upheld', 'compliance', 'remedy']);
        });
      } else {
        it('has no letter frame, and still knows the period from the blocks', () => {
          assert.equal(letter.addressee, null);
          assert.equal(letter.title, null);
          assert.equal(letter.reviewYear, 2020);
        });
      }

      it(`reads ${dress.footers ?? 0} statistics page footer(s), each on its own line`, () => {
        assert.equal(letter.footers.length, dress.footers ?? 0);
        const lines = new LineIndex(text);
        for (const f of letter.footers) {
          assert.equal(words(at(text, f.span)), 'Rochford District Council For the period ending: 31/03/20');
          assert.equal(f.authority.text, 'Rochford District Council');
          assert.equal(f.periodEnd.end, '2020-03-31');
          assert.equal(lines.positionAt(f.span.start).character, 0, 'the footer starts its line');
        }
      });
    });
  }

  it('maps a figure in a CRLF letter to the line and column an editor shows', () => {
    const text = crlf(realLetter('004'));
    const { letter } = reviewText(text);
    const lines = new LineIndex(text);
    const percent = letter.statistics.upheld!.percent!;
    const expectedLine = realLetter('004').split('\n').findIndex((l) => l.startsWith('100% of complaints'));
    assert.deepEqual(lines.rangeOf(percent.span), { start: { line: expectedLine, character: 0 }, end: { line: expectedLine, character: 3 } });
  });
});
