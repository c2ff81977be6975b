/**
 * Later years' wording (captions, per-population rates, bullets, 2024-25 overview sentences, HTML-comment directives)
 * in the hand-written fixture letters under test/fixtures/grammar/.
 */
import * as assert from 'node:assert/strict';
import { type TokenizedDocument, tokenizeDocument, tokenizeFile } from './tokenizer';

const L = (name: string): string => `${name}.ombudsman-letter`;
const ROOT = 'text.ombudsman-letter';

function assertHas(scopes: readonly string[], ...expected: string[]): void {
  for (const scope of expected) assert.ok(scopes.includes(scope), `expected ${scope} in [${scopes.join(', ')}]`);
}
function assertLacks(scopes: readonly string[], ...unexpected: string[]): void {
  for (const scope of unexpected) assert.ok(!scopes.includes(scope), `did not expect ${scope} in [${scopes.join(', ')}]`);
}

describe('grammar: later wording (test/fixtures/grammar)', () => {
  let md2023: TokenizedDocument;
  let txt2025: TokenizedDocument;

  before(async () => {
    md2023 = await tokenizeFile('test/fixtures/grammar/later-wording-2023.letter.md');
    txt2025 = await tokenizeFile('test/fixtures/grammar/overview-2024-25.letter.txt');
  });

  it('closes every block and never stops early', () => {
    for (const d of [md2023, txt2025]) {
      assert.deepEqual(d.lines.filter((l) => l.stoppedEarly).map((l) => l.lineNumber + 1), []);
      assert.equal(d.endDepth, 1);
    }
  });

  it('scopes a caption: "80% Complaints upheld by Poole Borough Council"', () => {
    const line = '80% Complaints upheld by Poole Borough Council';
    assertHas(md2023.scopesAt(line, '80%'), L('constant.numeric.percentage'), L('meta.caption'));
    assertHas(md2023.scopesAt(line, 'Complaints upheld'), L('entity.name.tag.key-area'), L('meta.caption'));
    assertHas(md2023.scopesAt(line, 'Poole Borough Council'), L('entity.name.type.authority'), L('meta.caption'));
    assertLacks(md2023.scopesAt(line, 'Poole Borough Council'), L('entity.name.tag.key-area'));
  });

  it('scopes a per-population rate: "3.4 upheld decisions per 100,000 residents"', () => {
    const line = '3.4 upheld decisions per 100,000 residents';
    assertHas(md2023.scopesAt(line, '3.4'), L('constant.numeric.rate'), L('meta.rate'));
    assertHas(md2023.scopesAt(line, '100,000'), L('constant.numeric.integer'), L('meta.rate'));
    assertLacks(md2023.scopesAt(line, '3.4'), L('meta.average'));
  });

  it('scopes "The average for authorities of this type is 3.4 …": average phrase, figure both average and rate', () => {
    const line = 'The average for authorities of this type is 3.4';
    assertHas(md2023.scopesAt(line, 'The average for authorities'), L('meta.average'));
    assertHas(md2023.scopesAt(line, '3.4'), L('constant.numeric.average'), L('constant.numeric.rate'), L('meta.average'));
    assertHas(txt2025.scopesAt('The average for authorities of this type is 2.1', '2.1'), L('constant.numeric.average'));
  });

  it('scopes bullets and the key-area names after them', () => {
    for (const name of ['Complaints upheld', 'Compliance with Ombudsman recommendations', 'Satisfactory remedies provided by the Council']) {
      const line = `• ${name}`;
      assertHas(md2023.scopesAt(line, '•'), L('punctuation.definition.list.begin'));
      assertHas(md2023.scopesAt(line, name), L('entity.name.tag.key-area'));
    }
  });

  it('scopes "n/a", a whole-line **bold** heading and a bold key-area definition', () => {
    assertHas(md2023.scopesAt('Satisfactory remedies: n/a', 'n/a'), L('constant.language.null'));
    assertHas(md2023.scopesAt('**Decisions made**', 'Decisions made'), L('markup.heading'), L('markup.bold'), L('entity.name.section'));
    assertHas(md2023.scopesAt('**Complaints upheld** - We uphold', 'Complaints upheld'), L('entity.name.tag.key-area'), L('markup.bold'));
    assertLacks(md2023.scopesAt('**Complaints upheld** - We uphold', 'Complaints upheld'), L('markup.heading'));
  });

  it('scopes letter-review-disable comments, one-line and multi-line, and ends them', () => {
    const one = '<!-- letter-review-disable figures-consistency -->';
    assertHas(md2023.scopesAt(one, 'letter-review-disable'), L('comment.block.html'), L('keyword.other.directive'));
    assertHas(md2023.scopesAt(one, 'figures-consistency'), L('comment.block.html'));
    assertHas(md2023.scopesAt(one, '-->'), L('punctuation.definition.comment.end'));
    assertHas(txt2025.scopesAt('letter-review-disable-next-line average-wording', 'average-wording'), L('comment.block.html'));
    assertLacks(txt2025.scopesAt('The average for authorities of this type is 2.1', 'The average'), L('comment.block.html'));
  });

  it('scopes the 2024-25 title, period and overview counts', () => {
    assertHas(txt2025.scopesAt('Annual Review letter 2024-25', '2024-25'), L('constant.numeric.year'), L('markup.heading'));
    const line = 'Between 1 April 2024 to 31 March 2025 we dealt with 59 complaints';
    assertHas(txt2025.scopesAt(line, '1 April 2024'), L('constant.numeric.date'), L('meta.period'));
    assertHas(txt2025.scopesAt(line, '31 March 2025'), L('constant.numeric.date'), L('meta.period'));
    assertHas(txt2025.scopesAt(line, '59'), L('constant.numeric.integer'));
    assertHas(txt2025.scopesAt(line, '15'), L('constant.numeric.integer'));
    assertHas(txt2025.scopesAt(line, '11'), L('constant.numeric.integer'));
    assert.deepEqual(txt2025.scopesAt(line, 'complaints about your Council'), [ROOT]);
  });

  it('scopes the statistics headings ("Annual statistics", "by the Council" …) and a definition with the same words', () => {
    for (const h of ['Annual statistics', 'Complaints and enquiries received', 'Satisfactory remedies provided by the Council']) {
      assertHas(txt2025.scopesAt(h, h), L('markup.heading'));
    }
    const def = txt2025.scopesAt('Satisfactory remedies provided by the Council - We recognise', 'Satisfactory remedies');
    assertHas(def, L('entity.name.tag.key-area'));
    assertLacks(def, L('markup.heading'));
  });

  it('ends a sign-off with no blank line before the signature at the next blank line', () => {
    assertHas(txt2025.scopesAt('Yours faithfully,', 'Yours faithfully'), L('keyword.other.sign-off'));
    assertHas(txt2025.scopesAt('Amerdeep Somal', 'Amerdeep Somal'), L('entity.name.function.signatory'));
    const after = txt2025.scopesAt('Decisions made', 'Decisions made', 1);
    assertHas(after, L('markup.heading'));
    assertLacks(after, L('meta.sign-off'));
    assertHas(txt2025.scopesAt('Example District Council For the period ending', '31/03/25'), L('constant.numeric.date'), L('comment.line.footer'));
  });

  it('tolerates leading whitespace and "and" in the Ombudsman heading', () => {
    assertHas(txt2025.scopesAt('Local Government and Social Care OMBUDSMAN', 'OMBUDSMAN'), L('markup.heading'), L('entity.name.section'));
  });

  it('ends the signatory block at a known heading even without a blank line', async () => {
    const d = await tokenizeDocument(['Yours sincerely,', '', 'Michael King', 'Complaints upheld', '', '100% of complaints'].join('\n'));
    assertHas(d.scopesAt('Michael King', 'Michael King'), L('entity.name.function.signatory'));
    const heading = d.scopesAt('Complaints upheld', 'Complaints upheld');
    assertHas(heading, L('markup.heading'));
    assertLacks(heading, L('meta.sign-off'));
    assertHas(d.scopesAt('100% of complaints', '100%'), L('constant.numeric.percentage'));
    assert.equal(d.endDepth, 1);
  });

  it('ends the addressee block even when there is no salutation', async () => {
    const prose = 'I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority.';
    const d = await tokenizeDocument(['By email', '', 'Mr Example', '', prose].join('\n'));
    assertHas(d.scopesAt('Mr Example', 'Mr Example'), L('entity.name.type.addressee'));
    assert.deepEqual(d.scopesAt(prose, 'annual summary'), [ROOT]);
  });

  it('reads non-breaking spaces from PDF-to-text output as spaces', async () => {
    const nb = '\u00a0';
    const d = await tokenizeDocument(
      [`By${nb}email`, '', `Mr${nb}Example`, '', `Dear${nb}Mr Example`, '', `Complaint${nb}statistics`, '', `Yours${nb}sincerely,`, '', 'Michael King', ''].join('\n'),
    );
    assertHas(d.scopesAt(`By${nb}email`, `By${nb}email`), L('keyword.other.delivery'));
    assertHas(d.scopesAt(`Mr${nb}Example`, `Mr${nb}Example`), L('entity.name.type.addressee'));
    assertHas(d.scopesAt(`Dear${nb}Mr Example`, 'Dear'), L('keyword.other.salutation'));
    assertHas(d.scopesAt(`Complaint${nb}statistics`, 'statistics'), L('markup.heading'));
    assertHas(d.scopesAt(`Yours${nb}sincerely,`, 'sincerely'), L('keyword.other.sign-off'));
    assertHas(d.scopesAt('Michael King', 'Michael King'), L('entity.name.function.signatory'));
    assert.equal(d.endDepth, 1);
  });
});
