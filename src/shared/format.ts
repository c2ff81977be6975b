// How numbers and dates are written wherever users read them (the statistics panel, the folder
// summary): one number style ("1,234", "100%", "33.3"), one date style ("1 April 2019"). Fixed
// English, whatever the machine's locale. Pure, and small enough for every webview bundle.

/** "2020-07-22" → "22 July 2020" (one date style, shared with the messages the engine writes). */
export { formatIsoDate } from '../core/dates';

/** Whole numbers with thousands separators ("1,234"); anything else as a plain number. */
export function formatCount(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e15) return formatNumber(n);
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** At most one decimal place, none when whole: 45 → "45", 33.33 → "33.3". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 10) / 10;
  return Math.abs(rounded) >= 1e15 ? rounded.toExponential(2) : String(rounded);
}

export function formatPercent(n: number): string {
  return `${formatNumber(n)}%`;
}

/** Letter text longer than this is cut for display (a council "name" can be a whole mangled line). */
export const MAX_SHOWN = 200;

/** Letter text for display: one line, cut with "…" beyond `max` characters. */
export function shorten(s: string, max = MAX_SHOWN): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
