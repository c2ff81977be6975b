// The dress reader, through flatten (its one caller): the flat text of lines holding Markdown/HTML dress
// or odd spaces, and where each flat character comes from. `runs` gives the flat text cut where its
// source offsets stop being contiguous, each piece with the source offset of its first character, so a
// space that stands for a dropped tag or a line break shows where it was read.
import * as assert from 'node:assert/strict';
import { DressReader } from '../../../src/core/text/dressReader';
import { FlatBuilder } from '../../../src/core/text/flatBuilder';
import { flatten } from '../../../src/core/text/flatten';
import { Stops } from '../../../src/core/text/stops';

type Run = [text: string, source: number];

function runs(text: string, skip: { start: number; end: number }[] = []): Run[] {
  const { flat, sourceAt } = flatten(text, skip);
  const out: Run[] = [];
  let previous = -2;
  for (let i = 0; i < flat.length; i++) {
    const at = sourceAt(i);
    if (at === previous + 1) out[out.length - 1]![0] += flat[i];
    else out.push([flat[i]!, at]);
    previous = at;
  }
  return out;
}

describe('the dress reader: headings', () => {
  it('drops a heading marker and the bold around words, keeping each word where it was', () => {
    assert.deepEqual(runs('## Rochford **District** Council'), [['Rochford ', 3], ['District', 14], [' Council', 24]]);
  });

  it('drops a heading marker after spaces at the start of a later line', () => {
    assert.deepEqual(runs('Intro\n   ### Three'), [['Intro ', 0], ['Three', 13]]);
  });

  it('takes up to six "#" as a heading marker, and keeps seven, a tag and a "#" inside a line as prose', () => {
    assert.deepEqual(runs('###### Six'), [['Six', 7]]);
    assert.deepEqual(runs('####### Seven'), [['####### Seven', 0]]);
    assert.deepEqual(runs('#tag'), [['#tag', 0]]);
    assert.deepEqual(runs('Note ## mid *x*'), [['Note ## mid *x*', 0]]);
    assert.deepEqual(runs('Note **## mid**'), [['Note ', 0], ['## mid', 7]]);
  });
});

describe('the dress reader: skipped spans', () => {
  it('reads a skipped span in a line as a space', () => {
    assert.deepEqual(runs('abcFOOTERdef ghi', [{ start: 3, end: 9 }]), [['abc', 0], [' ', 9], ['def ghi', 9]]);
  });

  it('skips two spans in one line', () => {
    assert.deepEqual(runs('abXXcdYYef', [{ start: 2, end: 4 }, { start: 6, end: 8 }]), [['ab', 0], [' ', 4], ['cd', 4], [' ', 8], ['ef', 8]]);
  });

  it('skips a span that started on the line before', () => {
    assert.deepEqual(runs('one FO\nOTER two\tthree', [{ start: 4, end: 11 }]), [['one ', 0], ['two three', 12]]);
  });

  it('goes on after a comment that held a skipped span', () => {
    assert.deepEqual(runs('a <!-- FOOT -->b', [{ start: 7, end: 11 }]), [['a ', 0], ['b', 15]]);
  });
});

describe('the dress reader: HTML comments', () => {
  it('reads a comment as a space where it ends', () => {
    assert.deepEqual(runs('a<!--x-->b'), [['a', 0], [' ', 9], ['b', 9]]);
  });

  it('ends a comment that closes at the end of its line', () => {
    assert.deepEqual(runs('a <!-- note -->\nb'), [['a ', 0], ['b', 16]]);
  });

  it('carries a comment across lines, plain ones too', () => {
    assert.deepEqual(runs('a <!-- one\ntwo\nthree --> b\nc'), [['a ', 0], ['b c', 25]]);
  });

  it('ends an unclosed comment at the end of its line', () => {
    assert.deepEqual(runs('a <!-- open\nb c'), [['a ', 0], ['b c', 12]]);
  });
});

describe('the dress reader: links', () => {
  it('keeps a link text and drops its brackets and target', () => {
    assert.deepEqual(runs('[Rochford](#) District'), [['Rochford', 1], [' District', 13]]);
  });

  it('reads two links in one line', () => {
    assert.deepEqual(runs('[a](x) and [b](y)'), [['a', 1], [' and ', 6], ['b', 12]]);
  });

  it('reads a link whose text runs over a line break', () => {
    assert.deepEqual(runs('[Rochford\nDistrict](#) Council'), [['Rochford District', 1], [' Council', 22]]);
  });

  it('gives up a link whose "](" a comment hid, and reads the next line\'s link', () => {
    assert.deepEqual(runs('[a<!-- ]( -->b\n[c](y)'), [['a', 1], [' ', 13], ['b ', 13], ['c', 16]]);
  });

  it('reads a "[" as a link only when "](" follows within 300 characters and ")" within 300 more', () => {
    const a298 = 'a'.repeat(298);
    assert.equal(flatten(`[${a298}](x)`).flat, a298);
    assert.equal(flatten(`[${a298}a](x)`).flat, `[${a298}a](x)`);
    assert.equal(flatten(`[a](${'x'.repeat(299)})`).flat, 'a');
    assert.equal(flatten(`[a](${'x'.repeat(300)})`).flat, `[a](${'x'.repeat(300)})`);
  });

  it('keeps a "[" with no "](" after it, or no ")" after that, and ends a link at the first ")" after its "]("', () => {
    assert.deepEqual(runs('a [b) c'), [['a [b) c', 0]]);
    assert.deepEqual(runs('[a](b'), [['[a](b', 0]]);
    assert.deepEqual(runs('[x)](y)'), [['x)', 1]]);
    assert.deepEqual(runs('[a [b](c)'), [['a [b', 1]], 'a "[" inside a link is its text');
  });

  it('takes only a "[" as the start of a link, not a star before it', () => {
    assert.deepEqual(runs('a * b [c](d)'), [['a * b ', 0], ['c', 7]]);
  });

  it('is busy while a comment or a link runs on past the line, and not after an unclosed comment', () => {
    const busyAfter = (text: string, lineEnd: number): boolean[] => {
      const reader = new DressReader(text, new FlatBuilder(text), new Stops(text), []);
      reader.read(0, lineEnd, 0);
      const first = reader.busy;
      reader.read(lineEnd + 1, text.length, 0);
      return [first, reader.busy];
    };
    assert.deepEqual(busyAfter('[one\ntwo](x)', 4), [true, false]);
    assert.deepEqual(busyAfter('<!-- a\nb -->', 6), [true, false]);
    assert.deepEqual(busyAfter('<!-- a\nb', 6), [false, false]);
    assert.deepEqual(busyAfter('plain\ntext', 5), [false, false]);
  });
});

describe('the dress reader: stars, tags and spaces', () => {
  it('keeps a single star and drops a double one', () => {
    assert.deepEqual(runs('2 * 3 **4**'), [['2 * 3 ', 0], ['4', 8]]);
    assert.deepEqual(runs('**bold**'), [['bold', 2]]);
    assert.deepEqual(runs('2 <**3**'), [['2 <', 0], ['3', 5]]);
  });

  it('drops dress tags and keeps other tags as literal text', () => {
    assert.deepEqual(runs('The <u>council</u> <img src=x>'), [['The ', 0], ['council', 7], [' <img src=x>', 18]]);
  });

  it('folds a space before a tab, and a space that starts a line, into the line break\'s space', () => {
    assert.deepEqual(runs('abc \tdef'), [['abc ', 0], ['def', 5]]);
    assert.deepEqual(runs('one\n two\tthree'), [['one ', 0], ['two three', 5]]);
    assert.deepEqual(runs('a\u00a0b'), [['a b', 0]]);
  });

  it('drops a tab at the end of the text', () => {
    const flat = flatten('x\t');
    assert.equal(flat.flat, 'x');
    assert.equal(flat.sourceAt(1), 2);
    assert.equal(flat.flatIndexOf(1), 1);
  });
});
