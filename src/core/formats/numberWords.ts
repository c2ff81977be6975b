// Counts written as words, as reports and articles write small numbers ("five being upheld out of
// nine detailed investigations"): one to twenty, the range style guides spell out.
const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const VALUES = new Map<string, number>([['no', 0], ['none', 0], ['zero', 0], ...WORDS.map((w, i): [string, number] => [w, i + 1])]);

/**
 * A count in words, as a regex piece: longest first so "seventeen" is never read as "seven", and a
 * whole word only (no letter on either side; statements run with the i flag and no u). "zero" too; "no"/"none" are left to the statements
 * that mean them, since "no" so often means something else.
 */
export const COUNT_WORD = String.raw`(?<![a-z])(?:${['zero', ...WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`;

/** The value of a count in words ("Five" → 5), or null when the text is not one. */
export function countWordValue(text: string): number | null {
  return VALUES.get(text.toLowerCase()) ?? null;
}
