// Regular-expression pieces shared by formats. All are linear: no nested quantifiers.

/** A whole number or decimal, never part of a longer number. Capped at 15 digits (exact in a double). */
export const NUMBER = String.raw`(?<![\d.,])\d{1,15}(?:\.\d{1,6})?(?![\d])`;
/** A count, with thousands separators allowed ("1,234"). */
export const COUNT = String.raw`(?<![\d.,])\d{1,3}(?:,\d{3}){0,4}(?![\d,])|(?<![\d.,])\d{1,15}(?![\d.,])`;

export const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A written date with named groups `${p}d`, `${p}m`, `${p}y`. */
export function writtenDate(p: string): string {
  return String.raw`(?<${p}d>\d{1,2})(?:st|nd|rd|th)? (?<${p}m>${MONTH}),? (?<${p}y>\d{4})`;
}

/** "for the period between 1 April 2019 to 31 March 2020" (also "and", "-"), groups f… and t…. */
export const PERIOD_BETWEEN = String.raw`(?<period>(?:for the period )?between ${writtenDate('f')} (?:to|and|until|-) ${writtenDate('t')})`;
