// Is this text an Annual Review letter or an Ombudsman statistics text? Used by the CLI when it
// searches folders and by the extension to switch .txt/.md documents to the letter language.
// Only the first few KB are read, so detection is cheap on any file.

const SIGNS: readonly RegExp[] = [
  /local government (?:&|and) social care ombudsman/i,
  /annual review letter/i,
  /% of complaints we investigated were upheld/i,
  /complaints upheld by [A-Z]/,
  /successfully implemented our recommendations/i,
  /satisfactory remed(?:y|ies) provided by/i,
  /for the period ending:?\s*\d{1,2}\/\d{1,2}\/\d{2,4}/i,
];

/** True when the opening of `text` carries at least two signs of a letter or statistics text. */
export function looksLikeLetter(text: string, window = 8192): boolean {
  const head = text.slice(0, window);
  let signs = 0;
  for (const s of SIGNS) if (s.test(head) && ++signs >= 2) return true;
  return false;
}

/** True when the text has a NUL byte or many control characters: a binary file, not a letter. */
export function looksBinary(text: string, window = 8192): boolean {
  const head = text.slice(0, window);
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && ++control > head.length / 20 + 8) return true;
  }
  return head.includes('\ufffd\ufffd\ufffd');
}
