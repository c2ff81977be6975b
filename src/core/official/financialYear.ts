// The Ombudsman's years run from 1 April to 31 March and are written "2019-20".

/** "2019-20" for a period from 1 April 2019 to 31 March 2020; null for any other period. */
export function financialYearOf(period: { start: string | null; end: string } | null | undefined): string | null {
  if (!period?.start) return null;
  const start = /^(\d{4})-04-01$/.exec(period.start);
  const end = /^(\d{4})-03-31$/.exec(period.end);
  if (!start || !end || Number(end[1]) !== Number(start[1]) + 1) return null;
  return yearLabel(Number(start[1]));
}

/** 2019 → "2019-20". */
export function yearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * A year as a table writes it, "2019-20" (also "2019/20", "2019–20" or "2019-2020"), in the form
 * "2019-20"; null when it is not one year running into the next.
 */
export function parseFinancialYear(text: string): string | null {
  const m = /^\s*(\d{4})\s*[-/\u2013]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const next = m[2]!.length === 2 ? (first + 1) % 100 : first + 1;
  return second === next ? yearLabel(first) : null;
}
