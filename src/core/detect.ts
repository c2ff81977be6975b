// Is this text an Annual Review letter or an Ombudsman statistics text? Used by the CLI when it
// searches folders and by the extension to switch .txt/.md documents to the letter language.
// Only the first few KB are read, so detection is cheap on any file.

// Signs are the letter's own lines (its Ombudsman heading, its "Annual Review letter 2020" title)
// and statistics statements, not phrases a README or source file about letters would also use.
const SIGNS: readonly RegExp[] = [
  /^[ \t\u00a0\ufeff]*(?:#{1,6}[ \t\u00a0]+)?(?:\*\*)?Local\s+Government\s+(?:&|&amp;|and)\s+Social\s+Care\s+OMBUDSMAN(?:\*\*)?[ \t\u00a0]*$/im,
  /^[ \t\u00a0\ufeff]*(?:#{1,6}[ \t\u00a0]+)?(?:\*\*)?Annual\s+Review\s+letter\s+\d{4}(?:-\d{2})?(?:\*\*)?[ \t\u00a0]*$/im,
  /%(?:\*\*)?\s+of\s+complaints\s+we\s+investigated\s+were\s+upheld/i,
  /complaints\s+upheld\s+by\s+[A-Z]/,
  /successfully\s+implemented\s+our\s+recommendations/i,
  /satisfactory\s+remed(?:y|ies)\s+provided\s+by/i,
  /for\s+the\s+period\s+ending:?\s*\d{1,2}\/\d{1,2}\/\d{2,4}/i,
];

/** True when the opening of `text` carries at least two signs of a letter or statistics text. */
export function looksLikeLetter(text: string, window = 8192): boolean {
  const head = text.slice(0, window);
  let signs = 0;
  for (const s of SIGNS) if (s.test(head) && ++signs >= 2) return true;
  return false;
}

/**
 * How far into a file named on the command line a sign of a letter must appear. Every sample and
 * fixture (letters, statistics pages, reports quoting a letter) shows its first sign within 450
 * characters; a document about letters, such as docs/rules.md, quotes its first example far later.
 */
const OPENING = 2048;

/**
 * True when not one sign of a letter or of its statistics appears in the opening: a shopping list,
 * a README, the rules' documentation. A letter without its statistics still opens with the
 * Ombudsman's heading and its "Annual Review letter" title, so it is still checked.
 */
export function plainlyNotALetter(text: string, opening = OPENING): boolean {
  const head = text.slice(0, opening);
  return !SIGNS.some((s) => s.test(head)) && !OVERVIEW.test(head);
}

/**
 * A 2024-25 page's complaint overview ("we dealt with 41 complaints"): a named file that opens with
 * one is read, so that an overview-only page gets its statistics-missing warning. Not a sign for
 * folders, which may pass over such a page.
 */
const OVERVIEW = /\bwe\s+dealt\s+with\s+\d[\d,]*\s+complaints?\b/i;

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return (NUL included):
// every UTF-16 unit that is neither one of those five nor from space up.
const CONTROL = /[^\t\n\v\f\r\x20-\uffff]/;

/** True when the text has a NUL byte or many control characters: a binary file, not a letter. */
export function looksBinary(text: string, window = 8192): boolean {
  const head = text.slice(0, window);
  // Text has no control character at all: one native scan instead of a loop over every character.
  if (!CONTROL.test(head)) return head.includes('\ufffd\ufffd\ufffd');
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && ++control > head.length / 20 + 8) return true;
  }
  return head.includes('\ufffd\ufffd\ufffd');
}
