// The CLI JSON's `letter` as issue 2 fixes it. Later issues add fields beside these (rates,
// captions, tables); tests of the contract compare only the fields the contract names.
import type { LetterSummary } from '../../../src/core';

type Nums<K extends string> = Record<K, number | null>;

export interface ContractSummary {
  authority: string | null;
  recipient: { name: string | null; role: string | null };
  date: string | null;
  reviewYear: number | null;
  period: { start: string; end: string } | null;
  statistics: {
    upheld: Nums<'percent' | 'average' | 'decisions' | 'investigations'> | null;
    compliance: Nums<'percent' | 'average' | 'outcomes'> | null;
    remedy: Nums<'percent' | 'average' | 'decisions'> | null;
  };
}

function pick<K extends string>(o: Record<string, unknown> | null, keys: readonly K[]): Nums<K> | null {
  if (!o) return null;
  return Object.fromEntries(keys.map((k) => [k, o[k] as number | null])) as Nums<K>;
}

export function contractOf(s: LetterSummary): ContractSummary {
  return {
    authority: s.authority,
    recipient: { name: s.recipient.name, role: s.recipient.role },
    date: s.date,
    reviewYear: s.reviewYear,
    period: s.period && { start: s.period.start, end: s.period.end },
    statistics: {
      upheld: pick(s.statistics.upheld, ['percent', 'average', 'decisions', 'investigations']),
      compliance: pick(s.statistics.compliance, ['percent', 'average', 'outcomes']),
      remedy: pick(s.statistics.remedy, ['percent', 'average', 'decisions']),
    },
  };
}

/** Letter 004 as issue 2 says it must come out. */
export const LETTER_004_CONTRACT: ContractSummary = {
  authority: 'Rochford District Council',
  recipient: { name: 'Mr Scrutton', role: 'Managing Director' },
  date: '2020-07-22',
  reviewYear: 2020,
  period: { start: '2019-04-01', end: '2020-03-31' },
  statistics: {
    upheld: { percent: 100, average: 45, decisions: 1, investigations: 1 },
    compliance: { percent: 100, average: 99, outcomes: 1 },
    remedy: { percent: 0, average: 20, decisions: 0 },
  },
};
