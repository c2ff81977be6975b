// Regular-expression pieces shared by formats. All are linear: no nested quantifiers.

/**
 * Not inside a longer number: no digit before, nor a digit and a decimal point or separator ("3.4",
 * "1,234"). A full stop after a word may come right before: "authorities.12 upheld decisions" is two
 * sentences glued by a lost line break.
 */
const NUMBER_START = String.raw`(?<!\d|\d[.,])`;

/** A whole number or decimal, never part of a longer number. Capped at 15 digits (exact in a double). */
export const NUMBER = String.raw`${NUMBER_START}\d{1,15}(?:\.\d{1,6})?(?![\d])`;
/** A count, with thousands separators allowed ("1,234"). */
export const COUNT = String.raw`${NUMBER_START}\d{1,3}(?:,\d{3}){0,4}(?![\d,])|${NUMBER_START}\d{1,15}(?![\d.,])`;

export const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A written date with named groups `${p}d`, `${p}m`, `${p}y`. */
export function writtenDate(p: string): string {
  return String.raw`(?<${p}d>\d{1,2})(?:st|nd|rd|th)? (?<${p}m>${MONTH}),? (?<${p}y>\d{4})`;
}

/** "between 1 April 2019 to 31 March 2020" (also "and", "until", "-"), groups f… and t…. */
export const BETWEEN_DATES = String.raw`between ${writtenDate('f')} (?:to|and|until|-) ${writtenDate('t')}`;

/** "for the period between 1 April 2019 to 31 March 2020", the whole in group `period`. */
export const PERIOD_BETWEEN = String.raw`(?<period>(?:for the period )?${BETWEEN_DATES})`;

/** A percentage's number (group `n`), the sign allowed a space before it: "80%", "80 %". */
export const PERCENT = String.raw`(?<n>${NUMBER}) ?%`;

/** "n/a", printed for an average of a council that no longer exists. */
export const NOT_APPLICABLE = 'n/a';

/** After a number: "%", "per cent" or "percent", as reports and articles write it. */
export const PER_CENT = String.raw`(?: ?%| ?per ?cent\b)`;

/** A written date in American order, "April 1, 2020", with named groups `${p}m`, `${p}d`, `${p}y`. */
export function usDate(p: string): string {
  return String.raw`(?<${p}m>${MONTH}) (?<${p}d>\d{1,2})(?:st|nd|rd|th)?,? (?<${p}y>\d{4})`;
}

/**
 * The Ombudsman's year as reports write it, "2021/22", "2021-22" or "2021–22" (groups `ys`, `ye`),
 * never part of a longer number or date ("2021-2022", "12021-22", "2021/22/23").
 */
export const YEAR_RANGE = String.raw`(?<![\d/–-])(?<ys>20\d\d)[-/–](?<ye>\d\d)(?![\d/–-])`;
