// The letter's title, as letters and the reports that quote them write it: "Annual Review letter
// 2020", "Annual Review Letter 2022 – Barnsley Metropolitan Borough Council", "Annual Letter 2020",
// "Local Government and Social Care Ombudsman: Annual Review letter
// 2022". It gives the review year (the year the period ends in) and, when it names one, the council.
import type { LocatedText } from '../model';
import { isCouncilName } from '../formats/facts';

/** Lines longer than this are prose, never a title (and the pattern stays cheap). */
const MAX_TITLE = 240;
/** "2024-25" is left to the periods (a range states no single year: test/core/formats/overview2025.test.ts). */
const TITLE = /^(?:.{0,100}?[\s:])?annual (?:review )?letter:?\s+(\d{4})(?: ?[–—:-] ?(\D.{0,119}))?$/i;

export interface Title {
  year: number;
  /** The council the title names after a dash, if it names one. */
  authority: LocatedText | null;
  /** The title quoted inside a longer heading ("… Ombudsman: Annual Review letter 2022"), which stays a section heading. */
  quoted: boolean;
}

/** The title a line (undressed, starting at source offset `start`) states, or null. */
export function readTitle(text: string, start: number): Title | null {
  if (text.length > MAX_TITLE) return null;
  const m = TITLE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const name = m[2]?.trim();
  const authority = name && isCouncilName(name) ? { text: name, span: { start: start + text.lastIndexOf(name), end: start + text.lastIndexOf(name) + name.length } } : null;
  // After a dash only a council's name: "Annual Review letter 2022: complaints about …" is a heading.
  if (name && !authority) return null;
  return { year, authority, quoted: !/^annual/i.test(text) };
}
