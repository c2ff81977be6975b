import type { LocatedText } from '../model';
import type { Rule, RuleExamples } from './types';

/** Council names compared without case, "the", "&"/"and" and punctuation differences. */
export function sameAuthority(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9 ]+/g, ' ').replace(/\bthe\b/g, ' ').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export const authorityMismatch: Rule = {
  meta: {
    code: 'authority-mismatch',
    title: 'The statistics name another council',
    defaultSeverity: 'warning',
    description: 'The council the letter is addressed to must be the council its statistics name (the statistics page footer, captions such as "80% Complaints upheld by Poole Borough Council", the statistics heading, the population sentence "Adjusted for Kent County Council\'s population", and the title).',
  },
  check({ letter, report }) {
    const addressed = letter.addressee?.authority;
    if (!addressed) return;
    const named: LocatedText[] = letter.footers.map((f) => f.authority);
    if (letter.statistics.authority) named.push(letter.statistics.authority);
    for (const block of [letter.statistics.upheld, letter.statistics.compliance, letter.statistics.remedy]) {
      for (const c of block?.captions ?? []) if (c.authority) named.push(c.authority);
    }
    for (const n of named) {
      // The same text is the same council; most letters name it exactly as addressed.
      if (n.text === addressed.text || sameAuthority(n.text, addressed.text)) continue;
      report({
        message: `The statistics name ${n.text}, but the letter is addressed to ${addressed.text}`,
        span: n.span,
        related: [{ message: `Addressed to ${addressed.text}`, span: addressed.span }],
      });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The letter is addressed to Bassetlaw; its statistics page is Rochford\'s.',
    text: `22 July 2020

By email

Mr Taylor
Chief Executive
Bassetlaw District Council

Dear Mr Taylor

Annual Review letter 2020

I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020.

Rochford District Council For the period ending: 31/03/20`,
  },
  passes: `22 July 2020

By email

Mr Taylor
Chief Executive
Bassetlaw District Council

Dear Mr Taylor

Annual Review letter 2020

I write to you with our annual summary of statistics on the decisions made by the Local Government and Social Care Ombudsman about your authority for the year ending 31 March 2020.

Bassetlaw District Council For the period ending: 31/03/20`,
};
