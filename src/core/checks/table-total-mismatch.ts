import type { Table, TableColumnKey } from '../model';
import type { Rule, RuleExamples } from './types';

/** The columns a table's total adds up: every count, never a rate. */
const COUNTED: Record<Table['name'], readonly TableColumnKey[]> = {
  received: ['adultCare', 'benefitsAndTax', 'corporate', 'education', 'environment', 'highways', 'housing', 'planning', 'other'],
  decisions: ['upheld', 'notUpheld', 'adviceGiven', 'closedAfterInitialEnquiries', 'incompleteOrInvalid', 'referredBack'],
};
const TITLES: Record<Table['name'], string> = { received: 'complaints and enquiries received', decisions: 'decisions made' };

export const tableTotalMismatch: Rule = {
  meta: {
    code: 'table-total-mismatch',
    title: 'A table\'s total is not the sum of its columns',
    defaultSeverity: 'error',
    description:
      'In the tables of letters before 2019-20, the Total column must be the sum of the others: "Complaints and enquiries received" adds up every service area; "Decisions made" adds up upheld, not upheld, advice given, closed after initial enquiries, incomplete or invalid, and referred back for local resolution (not the uphold rates). Not checked when a cell is not a number.',
  },
  check({ letter, report }) {
    for (const table of letter.statistics.tables ?? []) {
      const total = table.columns.find((c) => c.key === 'total')?.figure;
      if (!total || total.value === null) continue;
      const parts = table.columns.filter((c) => COUNTED[table.name].includes(c.key as TableColumnKey));
      if (parts.length === 0 || parts.some((c) => c.figure.value === null)) continue;
      const sum = parts.reduce((s, c) => s + (c.figure.value ?? 0), 0);
      if (sum === total.value) continue;
      report({
        message: `The ${TITLES[table.name]} total is ${total.value}, but its columns add up to ${sum}`,
        span: total.span,
        related: [{ message: `The ${TITLES[table.name]} table`, span: table.title.span }],
        fix: { title: `Change ${total.value} to ${sum}`, span: total.span, newText: String(sum) },
      });
    }
  },
};

/** The failing and passing examples of docs/rules.md (read by `npm run generate`; never bundled). */
export const examples: RuleExamples = {
  fails: {
    why: 'The received columns add up to 48; the Total says 49.',
    text: `Complaints and enquiries received
Adult care services Benefits and tax Corporate and other services Education and children's services Environmental services, public protection and regulation Highways and transport Housing Planning and development Other Total
2018 / 19 6 4 3 2 7 5 9 11 1 49

Decisions made
Detailed investigations
Upheld Not upheld Advice given Closed after initial enquiries Incomplete or invalid Referred back for local resolution Uphold rate (%) Total
2018 / 19 5 3 1 14 2 21 63% 46`,
  },
  passes: `Complaints and enquiries received
Adult care services Benefits and tax Corporate and other services Education and children's services Environmental services, public protection and regulation Highways and transport Housing Planning and development Other Total
2018 / 19 6 4 3 2 7 5 9 11 1 48

Decisions made
Detailed investigations
Upheld Not upheld Advice given Closed after initial enquiries Incomplete or invalid Referred back for local resolution Uphold rate (%) Total
2018 / 19 5 3 1 14 2 21 63% 46`,
};
