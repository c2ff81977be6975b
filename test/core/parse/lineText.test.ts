// A line as the structure reads it (parse/lineText.ts): its Markdown dress taken off with the offset
// of what remains, and whether it is blank.
import * as assert from 'node:assert/strict';
import { isBlank, undressed } from '../../../src/core/parse/lineText';
import { splitLines } from '../../../src/core/text/lines';

/** The undressed first line of `text`, with its text checked against the source at its offset. */
function undress(text: string): ReturnType<typeof undressed> {
  const u = undressed(splitLines(text)[0]!);
  assert.equal(text.slice(u.start, u.start + u.text.length), u.text, 'the offset points at the text');
  return u;
}

describe('parse: a line without its dress', () => {
  it('takes off leading hashes (one to six, then white space), surrounding bold and a trailing colon', () => {
    assert.deepEqual(undress('## Complaints upheld'), { text: 'Complaints upheld', start: 3, level: 2, bold: false });
    assert.deepEqual(undress('  ###### Deep'), { text: 'Deep', start: 9, level: 6, bold: false });
    assert.deepEqual(undress('####### Seven'), { text: '####### Seven', start: 0, level: null, bold: false }, 'seven hashes are text');
    assert.deepEqual(undress('#hashtag'), { text: '#hashtag', start: 0, level: null, bold: false });
    assert.deepEqual(undress('**Complaints upheld**'), { text: 'Complaints upheld', start: 2, level: null, bold: true });
    assert.deepEqual(undress('# **Bold heading**'), { text: 'Bold heading', start: 4, level: 1, bold: true });
    assert.deepEqual(undress('**Bold heading**:'), { text: 'Bold heading', start: 2, level: null, bold: true }, 'a colon after the bold');
    assert.deepEqual(undress('**Bold heading :**'), { text: 'Bold heading', start: 2, level: null, bold: true }, 'a colon inside it');
    assert.deepEqual(undress('Complaint statistics :'), { text: 'Complaint statistics', start: 0, level: null, bold: false });
    assert.deepEqual(undress('Note: ::'), { text: 'Note: :', start: 0, level: null, bold: false }, 'one colon');
  });

  it('keeps bold that does not wrap the whole line, and four stars alone', () => {
    assert.deepEqual(undress('**A** and **B**'), { text: '**A** and **B**', start: 0, level: null, bold: false });
    assert.deepEqual(undress('****'), { text: '****', start: 0, level: null, bold: false });
    assert.deepEqual(undress('**A**'), { text: 'A', start: 2, level: null, bold: true });
    assert.deepEqual(undress('Note**'), { text: 'Note**', start: 0, level: null, bold: false }, 'stars at the end only');
    assert.deepEqual(undress('**Open'), { text: '**Open', start: 0, level: null, bold: false }, 'stars at the start only');
    assert.deepEqual(undress('a  : b :'), { text: 'a  : b', start: 0, level: null, bold: false }, 'only the last colon');
  });

  it('trims what the dress leaves at either end', () => {
    assert.deepEqual(undress('**  Spaced  **'), { text: 'Spaced', start: 4, level: null, bold: true });
    assert.deepEqual(undress('#  Two spaces'), { text: 'Two spaces', start: 3, level: 1, bold: false });
    assert.deepEqual(undress('** x**'), { text: 'x', start: 3, level: null, bold: true });
    assert.deepEqual(undress('**x **'), { text: 'x', start: 2, level: null, bold: true });
    assert.deepEqual(undress('Heading  :'), { text: 'Heading', start: 0, level: null, bold: false });
  });

  it('tells a blank line, of nothing or of white space only', () => {
    const text = 'a\n\n  \t\n\u00a0\n x \n';
    const lines = splitLines(text);
    assert.deepEqual(lines.map((l) => isBlank(text, l)), [false, true, true, true, false]);
  });
});
