// Dates as letters print them ("22 July 2020", "1 April 2019", "31/03/20") to ISO "YYYY-MM-DD", and
// back to the one style users read everywhere ("1 April 2019").

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Matches a written date; use with the `i` flag. Groups: day, month name, year. */
export const WRITTEN_DATE = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s(January|February|March|April|May|June|July|August|September|October|November|December)\s(\d{4})`;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020-07-22" → "22 July 2020": how every message and view writes a date (fixed English, whatever the locale). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTH_NAMES[(m ?? 0) - 1];
  return month && d && y !== undefined ? `${d} ${month} ${y}` : iso;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO date, or null when the day does not exist (31 February). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar (the proleptic one Date uses). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // Date kept for the odd non-integer caller, whose rounding it defines.
  const days = Number.isInteger(year) && Number.isInteger(month) ? daysIn(year, month) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days || year < 1900 || year > 2999) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function parseWrittenDate(day: string, monthName: string, year: string): string | null {
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  return isoDate(Number(year), month, Number(day));
}

/** "31/03/20" or "31/03/2020" (UK order). Two-digit years are 20xx. */
export function parseNumericDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoDate(year, Number(m[2]), Number(m[1]));
}

/** The day after `iso` one year earlier: the start of the year that ends on `iso`. */
export function yearStartingBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // The usual case, a year ending 31 March, without a Date.
  if (m === 3 && d === 31 && Number.isInteger(y) && y > 100 && y < 100_000) return `${y - 1}-04-01`;
  const t = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * "2021/22", "2021-22", "2021–22": the Ombudsman's year from 1 April 2021 to 31 March 2022, as ISO
 * dates. Null unless the second year is the one after the first ("2021/23" is no such year).
 */
export function financialYearDates(firstYear: string, secondYear: string): { start: string; end: string } | null {
  const first = Number(firstYear);
  if (!/^\d{4}$/.test(firstYear) || !/^\d{2}$/.test(secondYear) || (first + 1) % 100 !== Number(secondYear)) return null;
  const start = isoDate(first, 4, 1);
  const end = isoDate(first + 1, 3, 31);
  return start && end ? { start, end } : null;
}
