import type { Area, Figure, Letter } from '../model';
import { AREAS } from '../figures';
import { isNumber, percentText } from '../checks/format';
import { councilKey, councilKind } from '../councilNames';
import type { CouncilKind } from '../councilNames';
import { councilNameOf } from './councilOfLetter';
import { exampleLetter } from './exampleLetter';
import type { CrossRule, CrossRuleContext, CrossRuleExamples } from './types';

/** A letter that states all three averages, as this rule sees it. */
interface Quoted {
  index: number;
  /** One per council: letters to the same council count once, and never against each other. */
  council: string;
  kind: CouncilKind | null;
  averages: Record<Area, Figure & { value: number }>;
}

export const averagesDisagree: CrossRule = {
  meta: {
    code: 'averages-disagree',
    title: 'Averages differ from other letters of the same year',
    defaultSeverity: 'warning',
    description:
      'The Ombudsman quotes one set of similar-authorities averages a year for each kind of council, so letters of the same review year to the same kind of council quote the same averages. A letter whose averages match those of at least two other letters of its year in two areas, but not in the third, where those letters agree with each other and outnumber the letters that agree with it, has its third average flagged. Checked only on letters read together; councils whose names tell them to be of different kinds (County Council, District Council, London Borough, Metropolitan Borough) are never compared.',
  },
  check(context) {
    const byYear = new Map<number, Quoted[]>();
    context.letters.forEach((entry, index) => {
      const quoted = quotedAverages(entry.letter, index, entry.file);
      const year = entry.letter.reviewYear;
      if (!quoted || year === null) return;
      const same = byYear.get(year);
      if (same) same.push(quoted);
      else byYear.set(year, [quoted]);
    });
    for (const [year, letters] of byYear) {
      if (letters.length < 3) continue;
      for (const odd of AREAS) checkArea(context, year, letters, odd);
    }
  },
};

function quotedAverages(letter: Letter, index: number, file: string): Quoted | null {
  const averages: Partial<Record<Area, Figure & { value: number }>> = {};
  for (const area of AREAS) {
    const average = letter.statistics[area]?.average;
    if (!isNumber(average)) return null;
    averages[area] = average;
  }
  const name = councilNameOf(letter);
  return { index, council: name ? councilKey(name) : `file ${file}`, kind: name ? councilKind(name) : null, averages: averages as Quoted['averages'] };
}

/** Letters with the same averages in the two other areas, and what they quote for `odd`. */
function checkArea(context: CrossRuleContext, year: number, letters: readonly Quoted[], odd: Area): void {
  const [first, second] = AREAS.filter((a) => a !== odd) as [Area, Area];
  const groups = new Map<string, Quoted[]>();
  for (const q of letters) {
    const key = `${q.averages[first].value}|${q.averages[second].value}`;
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  for (const group of groups.values()) {
    if (group.length < 3) continue;
    const tally = new Tally(group, odd);
    for (const letter of group) {
      const majority = tally.majorityAgainst(letter);
      if (!majority) continue;
      const here = letter.averages[odd];
      const there = context.letters[majority.example.index]!;
      const name = councilNameOf(there.letter);
      context.report(letter.index, {
        message: `${AREA_WORD[odd]} average ${percentText(here.value)} here; ${percentText(majority.value)} in ${majority.councils} other ${year} letters with the same ${AREA_WORD[first]} and ${AREA_WORD[second]} averages`,
        span: here.span,
        related: [{ message: `${AREA_WORD[odd]} average ${percentText(majority.value)} in the letter to ${name ?? there.file}`, span: majority.example.averages[odd].span, file: there.file }],
      });
    }
  }
}

const AREA_WORD: Record<Area, string> = { upheld: 'upheld', compliance: 'compliance', remedy: 'remedy' };

/** The first letter of each council quoting one value, in the order the letters were given. */
interface Quoting {
  councils: Set<string>;
  letters: Quoted[];
}

/**
 * For one group: per kind of council and per value of the odd average, the councils quoting it. Each
 * letter is then judged against the councils it may be compared with, in time linear in the group.
 */
class Tally {
  private readonly byKind = new Map<CouncilKind | null, Map<number, Quoting>>();

  constructor(
    group: readonly Quoted[],
    private readonly odd: Area,
  ) {
    for (const q of group) {
      const values = this.byKind.get(q.kind) ?? new Map<number, Quoting>();
      this.byKind.set(q.kind, values);
      const value = q.averages[odd].value;
      const quoting = values.get(value) ?? { councils: new Set<string>(), letters: [] };
      values.set(value, quoting);
      if (quoting.councils.has(q.council)) continue;
      quoting.councils.add(q.council);
      quoting.letters.push(q);
    }
  }

  /**
   * The value most other councils of a comparable kind quote, when at least two do, no other value is
   * quoted by as many, and they outnumber the councils quoting this letter's value (this one included).
   */
  majorityAgainst(letter: Quoted): { value: number; councils: number; example: Quoted } | null {
    const counts = new Map<number, { councils: number; example: Quoted }>();
    for (const [kind, values] of this.byKind) {
      // A council whose name tells its kind is compared only with its kind and with those that do not say.
      if (letter.kind !== null && kind !== null && kind !== letter.kind) continue;
      for (const [value, quoting] of values) {
        const own = quoting.councils.has(letter.council);
        const others = quoting.letters.length - (own ? 1 : 0);
        if (others === 0) continue;
        const example = quoting.letters[own && quoting.letters[0]!.council === letter.council ? 1 : 0]!;
        const sum = counts.get(value);
        if (!sum || example.index < sum.example.index) counts.set(value, { councils: (sum?.councils ?? 0) + others, example });
        else sum.councils += others;
      }
    }
    const mine = letter.averages[this.odd].value;
    let best: { value: number; councils: number; example: Quoted } | null = null;
    let tied = false;
    for (const [value, c] of counts) {
      if (best && c.councils === best.councils) tied = true;
      if (!best || c.councils > best.councils) [best, tied] = [{ value, ...c }, false];
    }
    if (!best || tied || best.value === mine || best.councils < 2) return null;
    return best.councils > (counts.get(mine)?.councils ?? 0) + 1 ? best : null;
  }
}

const districts = ['Ashcombe', 'Brackley', 'Carrowby'].map((place, i) => ({ name: `letter-${i + 1}.txt`, text: exampleLetter({ council: `${place} District Council` }) }));

export const examples: CrossRuleExamples = {
  fails: {
    why: 'read together, three district councils’ 2020 letters quote the averages 45%, 99% and 20%; a fourth quotes the same upheld and compliance averages but a remedy average of 21%. The warning is on letter-4.txt’s 21%: "remedy average 21% here; 20% in 3 other 2020 letters with the same upheld and compliance averages".',
    letters: [...districts, { name: 'letter-4.txt', text: exampleLetter({ council: 'Oddingley District Council', averages: [45, 99, 21] }) }],
    flagged: 'letter-4.txt',
  },
  passes: {
    why: 'the same letters, but the fourth is to a county council: the averages of another kind of council are never compared.',
    letters: [{ name: 'letter-4.txt', text: exampleLetter({ council: 'Westshire County Council', averages: [45, 99, 21] }) }],
  },
};
