// Lines rebuilt from placed pieces of text, without a PDF: the rules layoutPage and joinPages
// follow, each shown on pieces placed by hand as a PDF places them (y grows upwards).
import * as assert from 'node:assert/strict';
import { joinPages, layoutPage } from '../../src/pdf/layout';
import type { PlacedText } from '../../src/pdf/layout';
import { PageIndex } from '../../src/pdf/pages';

/** A piece in an 11 pt font whose characters are 5 pt wide (so widths are easy to reckon). */
const piece = (str: string, x: number, y: number, size = 11): PlacedText => ({ str, x, y, width: str.length * 5 * (size / 11), size });

describe('PDF layout', () => {
  it('reads lines top to bottom and pieces left to right, whatever order the PDF draws them in', () => {
    const drawn = [piece('third line', 72, 674), piece('first', 72, 700), piece('line', 110, 700), piece('second line', 72, 687)];
    assert.deepEqual(layoutPage(drawn), ['first line', 'second line', 'third line']);
  });

  it('puts a space for a gap between words, none where pieces touch (a bold figure inside a word)', () => {
    // "average of " then a bold "45" and a plain "%" right after it, then " in".
    const a = piece('average of', 72, 700);
    const bold = piece('45', a.x + a.width + 3, 700);
    const percent = piece('%', bold.x + bold.width, 700);
    const rest = piece('in', percent.x + percent.width + 3, 700);
    assert.deepEqual(layoutPage([a, bold, percent, rest]), ['average of 45% in']);
  });

  it('joins a footer printed at both ends of one baseline with one space', () => {
    const left = piece('Rochford District Council', 72, 36, 8);
    const right = piece('For the period ending: 31/03/20', 400, 36, 8);
    assert.deepEqual(layoutPage([right, left]), ['Rochford District Council For the period ending: 31/03/20']);
  });

  it('keeps pieces on baselines a little apart on one line, and a line 1.2 sizes below on the next', () => {
    assert.deepEqual(layoutPage([piece('a', 72, 700), piece('b', 90, 699.2)]), ['a b']);
    assert.deepEqual(layoutPage([piece('a', 72, 700), piece('b', 72, 700 - 1.2 * 11)]), ['a', 'b']);
  });

  it('leaves an empty line where the gap between baselines is wider than a line (a paragraph break)', () => {
    const lines = [piece('end of a paragraph.', 72, 700), piece('Next paragraph', 72, 700 - 2.4 * 11), piece('goes on.', 72, 700 - 3.6 * 11)];
    assert.deepEqual(layoutPage(lines), ['end of a paragraph.', '', 'Next paragraph', 'goes on.']);
  });

  it('reads a large figure on its own line and the words under it as two lines, with no paragraph break', () => {
    const figure = piece('1', 72, 700, 20);
    const words = piece('upheld decision', 72, 700 - 1.2 * 11, 11);
    assert.deepEqual(layoutPage([figure, words]), ['1', 'upheld decision']);
  });

  it('reads text drawn twice over itself (fake bold) once, and drops pieces that are only spaces', () => {
    const once = piece('Complaints upheld', 72, 700);
    const again = { ...once, x: once.x + 0.4 };
    assert.deepEqual(layoutPage([once, again, piece('   ', 200, 700)]), ['Complaints upheld']);
  });

  it('gives nothing for a page without text', () => {
    assert.deepEqual(layoutPage([]), []);
    assert.deepEqual(layoutPage([piece(' ', 72, 700), { ...piece('x', 72, 600), size: 0 }]), []);
  });

  it('joins pages with an empty line and records where each starts and ends', () => {
    const joined = joinPages([['a', 'b'], [], ['c']]);
    assert.equal(joined.text, 'a\nb\n\n\n\nc');
    assert.deepEqual(joined.pages, [
      { number: 1, start: 0, end: 3 },
      { number: 2, start: 5, end: 5 },
      { number: 3, start: 7, end: 8 },
    ]);
  });
});

describe('PageIndex', () => {
  const joined = joinPages([['Dear Mr Scrutton', 'second line'], ['Complaints upheld', '100% of complaints']]);
  const pages = new PageIndex(joined.text, joined.pages);

  it('places an offset by page and by line and column within the page', () => {
    const at = (needle: string): number => joined.text.indexOf(needle);
    assert.deepEqual(pages.positionAt(at('Dear')), { page: 1, line: 0, character: 0 });
    assert.deepEqual(pages.positionAt(at('line')), { page: 1, line: 1, character: 7 });
    assert.deepEqual(pages.positionAt(at('Complaints')), { page: 2, line: 0, character: 0 });
    assert.deepEqual(pages.positionAt(at('100%')), { page: 2, line: 1, character: 0 });
    assert.equal(pages.label(at('of complaints')), 'p2:2:6');
  });

  it('puts the empty line between two pages on the page before', () => {
    assert.equal(pages.pageAt(joined.pages[0]!.end + 1), 1);
    assert.equal(pages.pageAt(joined.pages[1]!.start), 2);
    assert.equal(pages.pageAt(joined.text.length), 2);
  });
});
