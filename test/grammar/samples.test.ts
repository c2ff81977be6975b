/**
 * Scopes of the samples: the real 2020 letters (000–003: letter only, 001 Markdown-dressed; 004: PDF-to-text with the
 * three statistics blocks) and two made up for newcomers (005: a 2020 letter whose figures disagree; 006: a 2023-24
 * statistics page), tokenized line by line with the rule stack carried over, as VS Code does.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, type TokenizedDocument, tokenizeFile } from './tokenizer';

const L = (name: string): string => `${name}.ombudsman-letter`;
const ROOT = 'text.ombudsman-letter';

function assertHas(scopes: readonly string[], ...expected: string[]): void {
  for (const scope of expected) {
    assert.ok(scopes.includes(scope), `expected ${scope} in [${scopes.join(', ')}]`);
  }
}
function assertLacks(scopes: readonly string[], ...unexpected: string[]): void {
  for (const scope of unexpected) {
    assert.ok(!scopes.includes(scope), `did not expect ${scope} in [${scopes.join(', ')}]`);
  }
}

describe('grammar: real letters in samples/', () => {
  const docs: Record<string, TokenizedDocument> = {};
  const doc = (id: string): TokenizedDocument => {
    const d = docs[id];
    if (!d) throw new Error(`sample ${id} not loaded`);
    return d;
  };

  before(async () => {
    docs['000'] = await tokenizeFile('samples/000_f12d23132a32b45e.txt');
    docs['001'] = await tokenizeFile('samples/001_19fad85fc7db6ad4.txt');
    docs['002'] = await tokenizeFile('samples/002_58b91b53c5fbc2ce.txt');
    docs['003'] = await tokenizeFile('samples/003_be1f43c79fdd0670.txt');
    docs['004'] = await tokenizeFile('samples/004_63abd8654b08d728.txt');
    docs['005'] = await tokenizeFile('samples/005_figures-do-not-add-up.txt');
    docs['006'] = await tokenizeFile('samples/006_statistics-page-2023-24.txt');
  });

  it('tokenizes every file in samples/', () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, 'samples')).map((f) => f.slice(0, 3)).sort();
    assert.deepEqual(Object.keys(docs).sort(), files);
  });

  it('tokenizes every line of every sample without hitting the time limit, and closes every block by the end', () => {
    for (const [id, d] of Object.entries(docs)) {
      const slow = d.lines.filter((l) => l.stoppedEarly).map((l) => l.lineNumber + 1);
      assert.deepEqual(slow, [], `sample ${id}: lines stopped early`);
      assert.equal(d.endDepth, 1, `sample ${id}: a begin/end rule is still open at the end of the file`);
    }
  });

  describe('letterhead, date, delivery, addressee, salutation, title', () => {
    it('scopes the Ombudsman heading in plain and Markdown dress', () => {
      assertHas(doc('000').scopesAt('Local Government & Social Care OMBUDSMAN', 'Social Care OMBUDSMAN'), L('markup.heading'), L('entity.name.section'));
      const md = doc('001');
      assertHas(md.scopesAt('## Local Government & Social Care OMBUDSMAN', '##'), L('markup.heading'), L('punctuation.definition.heading'));
      assertHas(md.scopesAt('## Local Government & Social Care OMBUDSMAN', 'Local Government'), L('entity.name.section'));
    });

    it('scopes the letter date, "By email" and every addressee line', () => {
      assertHas(doc('004').scopesAt('22 July 2020', '22 July 2020'), L('constant.numeric.date'));
      assertHas(doc('004').scopesAt('By email', 'By email'), L('keyword.other.delivery'));
      for (const line of ['Mr Scrutton', 'Managing Director', 'Rochford District Council']) {
        assertHas(doc('004').scopesAt(line, line), L('entity.name.type.addressee'), L('meta.addressee-block'));
      }
      assertHas(
        doc('000').scopesAt('Dr Ramewal Chief Executive Sevenoaks District Council', 'Sevenoaks District Council'),
        L('entity.name.type.addressee'),
      );
    });

    it('scopes the salutation keyword and name, and ends the addressee block before it', () => {
      const d = doc('004');
      const dear = d.scopesAt('Dear Mr Scrutton', 'Dear');
      assertHas(dear, L('keyword.other.salutation'), L('meta.salutation'));
      assertLacks(dear, L('meta.addressee-block'));
      assertHas(d.scopesAt('Dear Mr Scrutton', 'Mr Scrutton'), L('entity.name.type.addressee'), L('meta.salutation'));
    });

    it('scopes the title with its year, plain and Markdown', () => {
      const plain = doc('002').scopesAt('Annual Review letter 2020', '2020');
      assertHas(plain, L('markup.heading'), L('constant.numeric.year'));
      assertHas(doc('002').scopesAt('Annual Review letter 2020', 'Annual Review letter'), L('entity.name.section'));
      assertHas(doc('001').scopesAt('## Annual Review letter 2020', '2020'), L('markup.heading'), L('constant.numeric.year'));
    });
  });

  describe('body', () => {
    it('leaves ordinary prose words with the root scope only', () => {
      const d = doc('000');
      assert.deepEqual(d.scopesAt('This year, we continue to place', 'outcomes of complaints'), [ROOT]);
      // The whole paragraph is a single, unscoped token.
      assert.equal(d.tokensOf('This year, we continue to place').length, 1);
      assert.deepEqual(d.scopesAt('Finally, we compare the three key', 'average level of performance'), [ROOT]);
      assert.deepEqual(d.scopesAt('There are a range of resources', 'corporate governance'), [ROOT]);
    });

    it('scopes plain and Markdown (**bold**) section headings', () => {
      for (const h of ['Complaint statistics', 'Resources to help you get it right']) {
        assertHas(doc('003').scopesAt(h, h), L('markup.heading'), L('entity.name.section'));
      }
      const md = doc('001');
      const text = md.scopesAt('## **Complaint statistics**', 'Complaint statistics');
      assertHas(text, L('markup.heading'), L('entity.name.section'), L('markup.bold'));
      assertHas(md.scopesAt('## **Complaint statistics**', '**'), L('punctuation.definition.bold'), L('markup.heading'));
      assertHas(md.scopesAt('## Resources to help you get it right', 'Resources'), L('markup.heading'));
    });

    it('scopes the key-area name that starts a definition paragraph, but not the definition', () => {
      const plain = doc('002');
      assertHas(plain.scopesAt('Complaints upheld - We uphold', 'Complaints upheld'), L('entity.name.tag.key-area'));
      assertHas(plain.scopesAt('Complaints upheld - We uphold', ' -'), L('meta.definition.key-area'));
      assertHas(plain.scopesAt('Complaints upheld - We uphold', '-'), L('punctuation.separator.definition'));
      assert.deepEqual(plain.scopesAt('Complaints upheld - We uphold', 'We uphold complaints'), [ROOT]);
      assertHas(
        plain.scopesAt('Satisfactory remedies provided by the authority - We want', 'Satisfactory remedies provided by the authority'),
        L('entity.name.tag.key-area'),
      );
      const bold = doc('001').scopesAt('**Compliance with recommendations** - We recommend', 'Compliance with recommendations');
      assertHas(bold, L('entity.name.tag.key-area'), L('markup.bold'));
    });

    it('scopes percentages, dates and the year-ending period in prose', () => {
      const d = doc('002');
      assertHas(d.scopesAt('Compliance with recommendations - We recommend', '100%'), L('constant.numeric.percentage'));
      assertHas(d.scopesAt('This data will be uploaded', '29 July 2020'), L('constant.numeric.date'));
      const ending = d.scopesAt('I write to you with our annual summary', '31 March 2020');
      assertHas(ending, L('constant.numeric.date'), L('meta.period'));
      assertHas(d.scopesAt('I write to you with our annual summary', 'year ending'), L('meta.period'));
    });

    it('scopes <u>…</u> links (002), [text](#) links (004) and bare web addresses', () => {
      const u = doc('002').scopesAt('This data will be uploaded', "Your council's performance");
      assertHas(u, L('markup.underline.link'), L('string.other.link.title'), L('meta.link.underline'));
      assertHas(doc('002').scopesAt('This data will be uploaded', '<u>'), L('punctuation.definition.link.begin'));
      const md = doc('004').scopesAt('This data will be uploaded', "Your council's performance");
      assertHas(md, L('markup.underline.link'), L('string.other.link.title'), L('meta.link.inline'));
      assertHas(doc('004').scopesAt('This data will be uploaded', '(#)'), L('meta.link.inline'));
      assertHas(doc('000').scopesAt('We have a well-established', 'www.lgo.org.uk/training'), L('markup.underline.link'), L('string.other.link'));
      // the sentence's full stop is not part of the address
      assertLacks(doc('000').scopesAt('We have a well-established', 'training.'), L('markup.underline.link'));
    });

    it('scopes counts in prose as integers, with thousands separators', () => {
      const d = doc('003');
      assertHas(d.scopesAt('We have a well-established', '1,400'), L('constant.numeric.integer'));
      assertHas(d.scopesAt('Earlier this year, we held', '178'), L('constant.numeric.integer'));
    });
  });

  describe('sign-off and signatory block', () => {
    it('scopes "Yours sincerely," and the one-line signatory (000–003)', () => {
      const d = doc('000');
      assertHas(d.scopesAt('Yours sincerely,', 'Yours sincerely'), L('keyword.other.sign-off'), L('meta.sign-off'));
      const sig = d.scopesAt('Michael King Local Government and Social Care Ombudsman', 'Michael King Local Government');
      assertHas(sig, L('entity.name.function.signatory'), L('meta.sign-off'));
      // the signatory line is not mistaken for the Ombudsman heading
      assertLacks(sig, L('markup.heading'));
    });

    it('scopes each line of the three-line signatory in 004 and ends the block before the statistics headings', () => {
      const d = doc('004');
      for (const line of ['Michael King', 'Local Government and Social Care Ombudsman', 'Chair, Commission for Local Administration in England']) {
        assertHas(d.scopesAt(line, line), L('entity.name.function.signatory'));
      }
      for (const heading of ['Complaints upheld', 'Compliance with Ombudsman recommendations', 'Satisfactory remedies provided by the authority']) {
        const scopes = d.scopesAt(heading, heading);
        assertHas(scopes, L('markup.heading'), L('entity.name.section'));
        assertLacks(scopes, L('meta.sign-off'), L('entity.name.function.signatory'));
      }
    });

    it("scopes 003's statistics page footer, outside the signatory block", () => {
      const d = doc('003');
      const footer = 'Bassetlaw District Council For the period ending: 31/03/20';
      const council = d.scopesAt(footer, 'Bassetlaw District Council');
      assertHas(council, L('comment.line.footer'));
      assertLacks(council, L('meta.sign-off'), L('entity.name.function.signatory'));
      assertHas(d.scopesAt(footer, '31/03/20'), L('constant.numeric.date'), L('meta.period'), L('comment.line.footer'));
    });
  });

  describe('the made-up samples: 005 (figures that disagree) and 006 (a 2023-24 statistics page)', () => {
    it("scopes 005's disagreeing figures like any other: 67% a percentage, 1 and 3 counts", () => {
      const d = doc('005');
      assertHas(d.scopesAt('67% of complaints we investigated were upheld.', '67%'), L('constant.numeric.percentage'));
      assertHas(d.scopesAt('1', '1'), L('constant.numeric.integer'));
      assertHas(d.scopesAt('Statistics are based on a total of 3 detailed', '3'), L('constant.numeric.integer'));
      assertHas(d.scopesAt('Eastbridge Borough Council', 'Eastbridge Borough Council'), L('entity.name.type.addressee'));
    });

    it("scopes 006's council heading, captions and per-100,000 rates", () => {
      const d = doc('006');
      const heading = 'Westshire County Council Annual statistics 2023-24';
      assertHas(d.scopesAt(heading, 'Westshire County Council'), L('markup.heading'), L('entity.name.type.authority'));
      assertHas(d.scopesAt(heading, '2023-24'), L('constant.numeric.year'));
      const caption = '76% Complaints upheld by Westshire County Council';
      assertHas(d.scopesAt(caption, '76%'), L('constant.numeric.percentage'), L('meta.caption'));
      assertHas(d.scopesAt(caption, 'Complaints upheld'), L('entity.name.tag.key-area'));
      assertHas(d.scopesAt(caption, 'Westshire County Council'), L('entity.name.type.authority'));
      assertHas(d.scopesAt("Adjusted for Westshire County Council's population", '5.2'), L('constant.numeric.rate'));
      assertHas(d.scopesAt('The average for authorities of this type is 4.4', '4.4'), L('constant.numeric.average'), L('meta.average'));
      assertHas(d.scopesAt('Statistics are based on a total of 38 upheld decisions', '1 April 2023'), L('constant.numeric.date'), L('meta.period'));
    });
  });

  describe("004's statistics blocks", () => {
    it('scopes "100%" opening the upheld statement as a percentage', () => {
      const scopes = doc('004').scopesAt('100% of complaints we investigated were upheld.', '100%');
      assertHas(scopes, L('constant.numeric.percentage'));
      assert.deepEqual(doc('004').scopesAt('100% of complaints we investigated were upheld.', 'complaints we investigated'), [ROOT]);
    });

    it('scopes the average: phrase as meta.average, "45" in **45%** as average percentage inside markup.bold', () => {
      const d = doc('004');
      const line = 'This compares to an average of **45%** in similar authorities.';
      assertHas(
        d.scopesAt(line, '45'),
        L('constant.numeric.percentage'),
        L('constant.numeric.average'),
        L('markup.bold'),
        L('meta.average'),
      );
      assertHas(d.scopesAt(line, 'This compares to an average of'), L('meta.average'));
      assertHas(d.scopesAt(line, '**'), L('punctuation.definition.bold'));
      assert.deepEqual(d.scopesAt(line, 'in similar authorities'), [ROOT]);
    });

    it('scopes a bold percentage in a statement: "In **0%** of upheld cases"', () => {
      const scopes = doc('004').scopesAt('In **0%** of upheld cases', '0%');
      assertHas(scopes, L('constant.numeric.percentage'), L('markup.bold'));
      assertLacks(scopes, L('meta.average'));
    });

    it('scopes the count alone on its line and "a total of 1 detailed investigation"', () => {
      const d = doc('004');
      assertHas(d.scopesAt('1', '1'), L('constant.numeric.integer'));
      assertHas(d.scopesAt('0', '0'), L('constant.numeric.integer'));
      // the first "1" on this line is the count (the period's "1 April" comes later)
      assertHas(d.scopesAt('Statistics are based on a total of 1 detailed', '1'), L('constant.numeric.integer'));
      assertLacks(d.scopesAt('Statistics are based on a total of 1 detailed', '1'), L('constant.numeric.date'));
    });

    it('scopes "for the period between 1 April 2019 to 31 March 2020" as a period with two dates', () => {
      const d = doc('004');
      const line = 'Statistics are based on a total of 1 compliance outcome';
      assertHas(d.scopesAt(line, '1 April 2019'), L('constant.numeric.date'), L('meta.period'));
      assertHas(d.scopesAt(line, '31 March 2020'), L('constant.numeric.date'), L('meta.period'));
      assertHas(d.scopesAt(line, ' to '), L('meta.period'));
      assertLacks(d.scopesAt(line, 'compliance outcome'), L('meta.period'));
    });

    it('scopes the bullet of "- Failure to comply …"', () => {
      const scopes = doc('004').scopesAt('- Failure to comply with our recommendations is rare.', '-');
      assertHas(scopes, L('punctuation.definition.list.begin'));
    });
  });
});
