// Paths and names in natural order: the numbers in them compare as numbers, so letter-2 comes before
// letter-10. Every list of files the project prints (the CLI in every format, the folder summary) uses it.

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order, then plain code-unit order, so names differing only in case still have an order. */
export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
