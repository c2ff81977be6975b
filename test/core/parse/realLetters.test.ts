// The parser and checks on the five real 2020 letters, as issue 2 says they must come out.
import * as assert from 'node:assert/strict';
import { LetterSchema, reviewText, summarizeLetter } from '../../../src/core';
import type { Finding, Letter, LocatedText } from '../../../src/core';
import { LETTER_004_CONTRACT, contractOf } from '../support/contract';
import { assertFigure, at, realLetter } from '../support/letters';
import type { RealLetterId } from '../support/letters';

type Statistics = Letter['statistics'];

interface Expected {
  name: string;
  role: string;
  authority: string;
  /** The signatory as the letter prints it (000–003 on one line, 004 on three). */
  signatory: string;
}

const EXPECTED: Record<RealLetterId, Expected> = {
  '000': { name: 'Dr Ramewal', role: 'Chief Executive', authority: 'Sevenoaks District Council', signatory: 'Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England' },
  '001': { name: 'Mr Sinnott', role: 'Chief Executive', authority: 'Leicestershire County Council', signatory: 'Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England' },
  '002': { name: 'Mrs Bijle', role: 'Interim Managing Director', authority: 'Hertsmere Borough Council', signatory: 'Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England' },
  '003': { name: 'Mr Taylor', role: 'Chief Executive', authority: 'Bassetlaw District Council', signatory: 'Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England' },
  '004': { name: 'Mr Scrutton', role: 'Managing Director', authority: 'Rochford District Council', signatory: 'Michael King\nLocal Government and Social Care Ombudsman\nChair, Commission for Local Administration in England' },
};

/** A located text reads `expected` and its span covers exactly those characters. */
function assertLocated(text: string, located: LocatedText | null | undefined, expected: string, label: string): void {
  assert.ok(located, `${label}: not found`);
  assert.equal(located.text, expected, `${label}: text`);
  assert.equal(at(text, located.span), expected, `${label}: span`);
}

describe('parser: the five real 2020 letters', () => {
  for (const id of Object.keys(EXPECTED) as RealLetterId[]) {
    const expected = EXPECTED[id];
    describe(`letter ${id} (${expected.authority})`, () => {
      const text = realLetter(id);
      // Reviewed before each test, not while the file loads (why: stryker.config.mjs).
      let letter: Letter, findings: Finding[];
      beforeEach(() => {
        ({ letter, findings } = reviewText(text));
      });

      it('gives a letter model that satisfies its schema, every span inside the text', () => {
        LetterSchema.parse(letter);
        assert.equal(letter.length, text.length);
        const spans: { start: number; end: number }[] = [];
        JSON.stringify(letter, (key, value: unknown) => {
          if (key === 'span') spans.push(value as { start: number; end: number });
          return value;
        });
        assert.ok(spans.length > 10, 'spans were collected');
        for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${JSON.stringify(s)} out of the text`);
      });

      it('reads the letter frame: heading, date, delivery, addressee, salutation, title', () => {
        assertLocated(text, letter.heading, 'Local Government & Social Care OMBUDSMAN', 'heading');
        assert.ok(letter.date);
        assert.equal(letter.date.iso, '2020-07-22');
        assert.equal(at(text, letter.date.span), '22 July 2020');
        assertLocated(text, letter.delivery, 'By email', 'delivery');
        assertLocated(text, letter.addressee?.name, expected.name, 'recipient name');
        assertLocated(text, letter.addressee?.role, expected.role, 'recipient role');
        assertLocated(text, letter.addressee?.authority, expected.authority, 'authority');
        assertLocated(text, letter.salutation, `Dear ${expected.name}`, 'salutation');
        assertLocated(text, letter.title, 'Annual Review letter 2020', 'title');
        assert.equal(letter.reviewYear, 2020);
      });

      it('reads the sections, sign-off and signatory', () => {
        const headings = letter.sections.map((s) => s.heading.text);
        const blocks = id === '004' ? ['Complaints upheld', 'Compliance with Ombudsman recommendations', 'Satisfactory remedies provided by the authority'] : [];
        assert.deepEqual(headings, ['Complaint statistics', 'Resources to help you get it right', ...blocks]);
        for (const s of letter.sections) {
          assert.equal(at(text, s.heading.span), s.heading.text);
          assert.ok(s.span.start <= s.heading.span.start && s.span.end >= s.heading.span.end, 'a section contains its heading');
        }
        // Sections follow one another without overlapping.
        for (let i = 1; i < letter.sections.length; i++) assert.ok(letter.sections[i - 1]!.span.end <= letter.sections[i]!.span.start);
        assertLocated(text, letter.signOff, 'Yours sincerely,', 'sign-off');
        assertLocated(text, letter.signatory, expected.signatory, 'signatory');
      });

      it('quotes the year ending 31 March 2020: period 2019-04-01 to 2020-03-31', () => {
        const intro = letter.periods.find((p) => p.source === 'intro');
        assert.ok(intro, 'the introduction\'s period');
        assert.deepEqual([intro.start, intro.end], ['2019-04-01', '2020-03-31']);
        assert.equal(at(text, intro.span), 'for the year ending 31 March 2020');
        assert.deepEqual(summarizeLetter(letter).period, { start: '2019-04-01', end: '2020-03-31' });
      });

      it('summarises authority, recipient, date and review year', () => {
        const s = summarizeLetter(letter);
        assert.equal(s.authority, expected.authority);
        assert.deepEqual(s.recipient, { name: expected.name, role: expected.role });
        assert.equal(s.date, '2020-07-22');
        assert.equal(s.reviewYear, 2020);
      });

      if (id !== '004') {
        it('has no statistics figures: statistics-missing and nothing else above hint', () => {
          assert.deepEqual([letter.statistics.upheld, letter.statistics.compliance, letter.statistics.remedy], [null, null, null]);
          const aboveHint = findings.filter((f) => f.severity !== 'hint');
          assert.deepEqual(aboveHint.map((f) => f.code), ['statistics-missing']);
          assert.equal(aboveHint[0]!.severity, 'warning');
          assert.equal(at(text, aboveHint[0]!.span), 'Complaint statistics', 'anchored on the statistics heading');
        });
      }
    });
  }

  describe('letter 003: a statistics page footer with nothing under it', () => {
    const text = realLetter('003');
    // Reviewed before each test, not while the file loads (why: stryker.config.mjs).
    let letter: Letter, findings: Finding[];
    beforeEach(() => {
      ({ letter, findings } = reviewText(text));
    });
    it('reads the footer: authority and period end', () => {
      assert.equal(letter.footers.length, 1);
      const footer = letter.footers[0]!;
      assert.equal(footer.authority.text, 'Bassetlaw District Council');
      assert.equal(at(text, footer.authority.span), 'Bassetlaw District Council');
      assert.equal(footer.periodEnd.end, '2020-03-31');
      assert.equal(footer.periodEnd.start, null);
      assert.equal(at(text, footer.periodEnd.span), 'For the period ending: 31/03/20');
      assert.equal(at(text, footer.span), 'Bassetlaw District Council For the period ending: 31/03/20');
    });
    it('still gives statistics-missing, pointing at the empty footer', () => {
      const missing = findings.find((f) => f.code === 'statistics-missing');
      assert.ok(missing);
      assert.equal(missing.related.length, 1);
      assert.equal(at(text, missing.related[0]!.span), 'Bassetlaw District Council For the period ending: 31/03/20');
      assert.ok(!findings.some((f) => f.code === 'authority-mismatch' || f.code === 'period-mismatch'), 'the footer agrees with the letter');
    });
  });

  describe('letter 004: all three statistics blocks', () => {
    const text = realLetter('004');
    // Reviewed before each test, not while the file loads (why: stryker.config.mjs).
    let letter: Letter, findings: Finding[];
    let upheld: Statistics['upheld'], compliance: Statistics['compliance'], remedy: Statistics['remedy'];
    beforeEach(() => {
      ({ letter, findings } = reviewText(text));
      ({ upheld, compliance, remedy } = letter.statistics);
    });

    it('gives no finding above hint', () => {
      assert.deepEqual(findings.filter((f) => f.severity !== 'hint').map((f) => `${f.code}: ${f.message}`), []);
    });

    it('upheld 100 % (average 45 %), 1 upheld decision of 1 investigation', () => {
      assert.ok(upheld);
      assertFigure(text, upheld.percent, 100, '100', 'upheld percent');
      assertFigure(text, upheld.average, 45, '45', 'upheld average');
      assertFigure(text, upheld.decisions, 1, '1', 'upheld decisions');
      assertFigure(text, upheld.investigations, 1, '1', 'investigations');
      assert.equal(at(text, upheld.decisions!.noun!.span), 'upheld decision');
      assert.equal(upheld.decisions!.noun!.plural, false);
      assert.equal(at(text, upheld.investigations!.noun!.span), 'detailed investigation');
      // The statements they come from, so a span on the wrong "100" or "1" cannot pass.
      assert.ok(text.startsWith('100% of complaints we investigated were upheld', upheld.percent!.span.start));
      assert.ok(text.startsWith('45%** in similar', upheld.average!.span.start));
      assert.ok(text.startsWith('1\nupheld decision', upheld.decisions!.span.start));
      assert.ok(text.slice(0, upheld.investigations!.span.end).endsWith('based on a total of 1'));
      assert.ok(upheld.investigations!.span.start < text.indexOf('Compliance with Ombudsman recommendations\n'));
      assertLocated(text, upheld.heading, 'Complaints upheld', 'upheld heading');
    });

    it('compliance 100 % (average 99 %) of 1 outcome', () => {
      assert.ok(compliance);
      assertFigure(text, compliance.percent, 100, '100', 'compliance percent');
      assertFigure(text, compliance.average, 99, '99', 'compliance average');
      assertFigure(text, compliance.outcomes, 1, '1', 'compliance outcomes');
      assert.ok(text.startsWith('100%** of cases we were satisfied', compliance.percent!.span.start));
      assert.ok(text.startsWith('99%** in similar', compliance.average!.span.start));
      assert.ok(text.startsWith('1 compliance outcome for the period', compliance.outcomes!.span.start));
      assertLocated(text, compliance.heading, 'Compliance with Ombudsman recommendations', 'compliance heading');
    });

    it('remedy 0 % (average 20 %), 0 remedy decisions, based on the 1 upheld decision', () => {
      assert.ok(remedy);
      assertFigure(text, remedy.percent, 0, '0', 'remedy percent');
      assertFigure(text, remedy.average, 20, '20', 'remedy average');
      assertFigure(text, remedy.decisions, 0, '0', 'remedy decisions');
      assertFigure(text, remedy.base, 1, '1', 'remedy base');
      assert.ok(text.startsWith('0%** of upheld cases', remedy.percent!.span.start));
      assert.ok(text.startsWith('20%** in similar', remedy.average!.span.start));
      assert.ok(text.startsWith('0\nsatisfactory remedy decisions', remedy.decisions!.span.start));
      assert.equal(remedy.decisions!.noun!.plural, true);
      assert.ok(remedy.base!.span.start > remedy.decisions!.span.start, 'the base is the remedy block\'s own total');
      assertLocated(text, remedy.heading, 'Satisfactory remedies provided by the authority', 'remedy heading');
    });

    it('each block quotes the period between 1 April 2019 and 31 March 2020', () => {
      for (const block of [upheld, compliance, remedy]) {
        assert.ok(block?.period, `${block?.area} period`);
        assert.deepEqual([block.period.start, block.period.end], ['2019-04-01', '2020-03-31']);
        assert.equal(at(text, block.period.span), 'for the period between 1 April 2019 to 31 March 2020');
      }
      assert.deepEqual(letter.periods.map((p) => p.source), ['title', 'intro', 'upheld', 'compliance', 'remedy']);
    });

    it('summarises as the CLI JSON contract says', () => {
      assert.deepEqual(contractOf(summarizeLetter(letter)), LETTER_004_CONTRACT);
    });

    it('the blocks stand in document order without overlapping', () => {
      const spans = [upheld!.span, compliance!.span, remedy!.span];
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.end <= spans[i]!.start, 'blocks overlap');
    });
  });

  it('keeps letters apart: the model of one letter is not the model of another', () => {
    const authorities = (['000', '001', '002', '003', '004'] as const).map((id) => (reviewText(realLetter(id)).letter as Letter).addressee?.authority?.text);
    assert.equal(new Set(authorities).size, 5);
  });
});
