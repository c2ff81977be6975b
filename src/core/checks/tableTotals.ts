import type { Table, TableColumnKey } from '../model';
import type { Rule } from './types';

/** The columns a table's total adds up: every count, never a rate. */
const COUNTED: Record<Table['name'], readonly TableColumnKey[]> = {
  received: ['adultCare', 'benefitsAndTax', 'corporate', 'education', 'environment', 'highways', 'housing', 'planning', 'other'],
  decisions: ['upheld', 'notUpheld', 'adviceGiven', 'closedAfterInitialEnquiries', 'incompleteOrInvalid', 'referredBack'],
};
const TITLES: Record<Table['name'], string> = { received: 'complaints and enquiries received', decisions: 'decisions made' };

export const tableTotals: Rule = {
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
