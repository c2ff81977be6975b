// The letter's opening, read from its first lines up to the title: the Ombudsman's heading, the date,
// the delivery line, the addressee block, the salutation and the title.
import type { Line } from '../text/lines';
import type { Structure } from './structure';
import { WRITTEN_DATE, parseWrittenDate } from '../dates';
import { isBlank, undressed } from './lineText';
import { located, readAddressee } from './addressee';
import { readTitle } from './title';

const OMBUDSMAN_HEADING = /ombudsman/i;
const DATE_LINE = new RegExp(`^${WRITTEN_DATE}$`, 'i');
const DELIVERY = /^by (?:e-?mail|post|hand)$/i;
const SALUTATION = /^dear\s+(.{1,120}?)[,:]?$/i;
/** The opening is looked for in the first lines only, so a huge file is not rescanned. */
const OPENING_LINES = 80;

/** The lines the opening took, so the headings pass leaves them alone. */
export interface Claimed {
  /** Up to five single lines. */
  lines: number[];
  /** The addressee's block, [blockStart, blockEnd). */
  blockStart: number;
  blockEnd: number;
}

interface Places {
  firstContent: number;
  delivery: number;
  date: number;
  salutation: number;
  salutationName: string;
}

/** Reads the opening into `s`; returns the lines it took. */
export function readOpening(text: string, lines: readonly Line[], s: Structure): Claimed {
  const claimed: Claimed = { lines: [], blockStart: 0, blockEnd: 0 };
  const at: Places = { firstContent: -1, delivery: -1, date: -1, salutation: -1, salutationName: '' };
  const openingEnd = Math.min(lines.length, OPENING_LINES);
  for (let i = 0; i < openingEnd; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    if (at.firstContent < 0) at.firstContent = i;
    if (readOpeningLine(i, undressed(line), s, at)) claimed.lines.push(i);
    if (s.title) break;
  }
  // The addressee: the lines between the delivery line (or date) and the salutation.
  const afterIndex = at.delivery >= 0 ? at.delivery : at.date;
  if (at.salutation > 0 && afterIndex >= 0 && afterIndex < at.salutation) {
    const block: Line[] = [];
    for (let i = afterIndex + 1; i < at.salutation; i++) if (!isBlank(text, lines[i]!)) block.push(lines[i]!);
    if (block.length > 0 && block.length <= 8) {
      s.addressee = readAddressee(block, at.salutationName);
      claimed.blockStart = afterIndex + 1;
      claimed.blockEnd = at.salutation;
    }
  }
  return claimed;
}

/** What line `i` of the opening is, recorded in `s` and `at`; true when it took the line (a section heading it is not). */
function readOpeningLine(i: number, u: { text: string; start: number }, s: Structure, at: Places): boolean {
  // The line patterns below are anchored at a fixed first letter or a digit: test only lines that
  // start with it. (Case-insensitive matching takes no non-ASCII character for an ASCII one.)
  const c0 = u.text.charCodeAt(0);
  const first = c0 | 0x20; // lower case, for ASCII letters
  let match: RegExpExecArray | null;
  // A title may open with the Ombudsman's name ("… Ombudsman: Annual Review letter 2022"): read first.
  const title = s.title ? null : readTitle(u.text, u.start);
  if (title) {
    s.title = located(u.text, u.start);
    s.titleYear = title.year;
    s.titleAuthority = title.authority;
    return !title.quoted;
  } else if (!s.heading && i - at.firstContent < 3 && u.text.length < 120 && OMBUDSMAN_HEADING.test(u.text)) {
    s.heading = located(u.text, u.start);
  } else if (!s.date && !s.salutation && c0 >= 48 && c0 <= 57 && (match = DATE_LINE.exec(u.text))) {
    const iso = parseWrittenDate(match[1]!, match[2]!, match[3]!);
    if (!iso) return false;
    s.date = { iso, text: u.text, span: { start: u.start, end: u.start + u.text.length } };
    at.date = i;
  } else if (!s.delivery && !s.salutation && first === 98 /* b */ && DELIVERY.test(u.text)) {
    s.delivery = located(u.text, u.start);
    at.delivery = i;
  } else if (!s.salutation && first === 100 /* d */ && (match = SALUTATION.exec(u.text))) {
    s.salutation = located(u.text, u.start);
    at.salutationName = match[1]!;
    at.salutation = i;
  } else {
    return false;
  }
  return true;
}

