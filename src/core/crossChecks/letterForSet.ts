// A letter as the checks over a set read it, without the rest of its model (its sections, sign-off,
// the periods it only mentions, …): a host that keeps thousands of letters for one set (the CLI over a
// folder) keeps these instead. checkLetterSet finds the same on it as on the whole letter
// (test/core/crossChecks/letterForSet.test.ts).
import type { Letter } from '../model';

export function letterForSet(letter: Letter): Letter {
  // letterPeriod's choice: the first full period not from the title or footer, preferring one not in the introduction.
  const full = letter.periods.filter((p) => p.start !== null && p.source !== 'title' && p.source !== 'footer');
  const periods = [full.find((p) => p.source !== 'intro'), full[0]].filter((p, i, all): p is NonNullable<typeof p> => p !== undefined && all.indexOf(p) === i);
  return {
    heading: null,
    date: null,
    delivery: null,
    addressee: letter.addressee,
    salutation: null,
    title: null,
    reviewYear: letter.reviewYear,
    sections: [],
    statistics: letter.statistics,
    periods,
    signOff: null,
    signatory: null,
    footers: letter.footers.slice(0, 1),
    expectsStatistics: letter.expectsStatistics,
    formats: letter.formats,
    length: letter.length,
  };
}
