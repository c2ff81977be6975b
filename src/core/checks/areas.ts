// Where a finding about the letter's statistics as a whole goes.
import type { Letter, Span } from '../model';

/** A heading over the statistics: "Complaint statistics", "Annual statistics", a 2024-25 page's "Complaint overview". */
const STATISTICS = /statistics|complaint overview/i;

/** Where to put a finding about the letter's statistics as a whole. */
export function statisticsAnchor(letter: Letter): Span {
  const section = letter.sections.find((s) => STATISTICS.test(s.heading.text));
  if (section) return section.heading.span;
  if (letter.footers[0]) return letter.footers[0].span;
  if (letter.title) return letter.title.span;
  if (letter.heading) return letter.heading.span;
  return { start: 0, end: 0 };
}
