// The council a text names as its own (issue 11, item 1): the CLI's `authority` from every place a text
// names it once — the addressee block, a statistics page footer, a line of its own above "Annual
// statistics" or "Complaint overview", the population sentence, a title — and authority-mismatch
// when the names disagree.
import * as assert from 'node:assert/strict';
import { parseLetter, reviewText, summarizeLetter } from '../../../src/core';
import { realLetter } from '../support/letters';
import { assertNone, assertOne } from '../support/review';

const authorityOf = (text: string): string | null => summarizeLetter(parseLetter(text)).authority;
const UPHELD = 'Complaints upheld\n\n80% of complaints we investigated were upheld.\n\nThis compares to an average of 73% in similar authorities.';

describe('the council a text names', () => {
  it('reads the addressee block and a statistics page footer, as before', () => {
    assert.equal(authorityOf(realLetter('004')), 'Rochford District Council');
    assert.equal(authorityOf('Rochford District Council For the period ending: 31/03/20'), 'Rochford District Council');
  });

  it('reads a line of its own above "Annual statistics" (Markdown dress and the year allowed)', () => {
    assert.equal(authorityOf(`Kent County Council\n\nAnnual statistics\n\n${UPHELD}`), 'Kent County Council');
    assert.equal(authorityOf(`# Royal Borough of Greenwich\nAnnual statistics 2022-23\n\n${UPHELD}`), 'Royal Borough of Greenwich');
    assert.equal(authorityOf(`Kent County Council Annual statistics\n\n${UPHELD}`), 'Kent County Council', 'on the same line, as before');
  });

  it('reads a line of its own above "Complaint overview"', () => {
    assert.equal(authorityOf('Westshire District Council\nComplaint overview\nBetween 1 April 2024 to 31 March 2025, we dealt with 41 complaints.'), 'Westshire District Council');
  });

  it('reads the population sentence', () => {
    assert.equal(authorityOf(`${UPHELD}\n\nAdjusted for Kent County Council's population, this is 3.8 upheld decisions per 100,000 residents.`), 'Kent County Council');
  });

  it('reads a title that names the council, and gives its year', () => {
    const letter = parseLetter(`Annual Review Letter 2022 – Barnsley Metropolitan Borough Council\n\n${UPHELD}`);
    assert.equal(summarizeLetter(letter).authority, 'Barnsley Metropolitan Borough Council');
    assert.equal(letter.reviewYear, 2022);
  });

  it('takes no sentence, heading or generic word for a council', () => {
    for (const text of [
      `Your Council's Performance\nAnnual statistics\n\n${UPHELD}`,
      `We focus our statistics on three key areas.\nAnnual statistics\n\n${UPHELD}`,
      `${UPHELD}\n\nAdjusted for the Council's population, this is 3.8 upheld decisions per 100,000 residents.`,
      `Annual Review letter 2022: complaints about the Council\n\n${UPHELD}`,
    ]) assert.equal(authorityOf(text), null, text);
  });

  it('raises authority-mismatch when the statistics name another council than the addressee', () => {
    const letter = realLetter('004');
    const text = `${letter}\n\nAdjusted for Castle Point Borough Council's population, this is 1.1 upheld decisions per 100,000 residents.`;
    const f = assertOne(text, 'authority-mismatch');
    assert.equal(f.message, 'The statistics name Castle Point Borough Council, but the letter is addressed to Rochford District Council');
    assertNone(`${letter}\n\nAdjusted for Rochford District Council's population, this is 1.1 upheld decisions per 100,000 residents.`, 'authority-mismatch');
    assert.deepEqual(reviewText(letter).findings.filter((x) => x.code === 'authority-mismatch'), []);
  });
});
