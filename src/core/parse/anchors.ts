// Where a statement's matches can start, read from its pattern's source (issue 14: read each
// statement where its figure or its phrase stands, instead of searching a whole window for it).
// A statistics page puts every keyword within one merged window, so each statement's regex used to
// scan the whole page, trying every position; most patterns can only start at a digit (the figure,
// "60% of complaints …") or at their own leading phrase ("based on a total of …"). Trying the
// pattern only there finds the same matches: the search's leftmost match starts at one of them.

/** Where matches start: at the keyword (`offset` characters before it), at a digit, or anywhere (null). */
export type Anchor = { kind: 'keyword'; offset: number } | { kind: 'digit' } | null;

/** Characters with a meaning in a pattern outside a class; a literal run stops at them. */
const SPECIAL = new Set(['\\', '(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '^', '$', '.']);

/** The index after the group, class or escape that starts at `i` (the source is a valid pattern). */
function atomEnd(source: string, i: number): number {
  const c = source[i];
  if (c === '\\') return i + 2;
  if (c === '[') {
    let j = i + 1;
    while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c !== '(') return i + 1;
  let depth = 0;
  let j = i;
  while (j < source.length) {
    const d = source[j];
    if (d === '\\' || d === '[') {
      j = atomEnd(source, j);
      continue;
    }
    if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return j + 1;
    j++;
  }
  return source.length;
}

/** The top-level alternatives of a pattern source (split at the `|` outside groups and classes). */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\' || c === '[') {
      i = atomEnd(source, i);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
    i++;
  }
  parts.push(source.slice(from));
  return parts;
}

/** Whether what follows position `i` makes the atom before it optional or repeatable from zero. */
function optional(source: string, i: number): boolean {
  return source[i] === '?' || source[i] === '*' || source.startsWith('{0', i);
}

/** The body of the group starting at `i` when it consumes text (a plain, non-capturing or named group), else null. */
function groupBody(source: string, i: number, end: number): string | null {
  if (source[i + 1] !== '?') return source.slice(i + 1, end - 1);
  if (source[i + 2] === ':') return source.slice(i + 3, end - 1);
  if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') return source.slice(source.indexOf('>', i) + 1, end - 1);
  return null;
}

/** Where every match of `source` (lower-case keyword `keyword`) starts, or null when it cannot tell. */
export function anchorOf(source: string, keyword: string): Anchor {
  const alts = alternatives(source);
  if (alts.length > 1) {
    // Every alternative must start at a digit (a number's forms: "1,234" or "1234").
    return alts.every((a) => anchorOf(a, keyword)?.kind === 'digit') ? { kind: 'digit' } : null;
  }
  let i = 0;
  // Lookbehinds match no text: the match starts where what follows them starts.
  while (source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) i = atomEnd(source, i);
  if (source.startsWith('\\d', i)) return optional(source, i + 2) ? null : { kind: 'digit' };
  if (source[i] === '(') {
    const end = atomEnd(source, i);
    const body = groupBody(source, i, end);
    if (body === null || optional(source, end)) return null;
    // The group comes first and is not optional: the match starts where the group's match does.
    return anchorOf(body, keyword);
  }
  let j = i;
  while (j < source.length && !SPECIAL.has(source[j]!)) j++;
  // A quantifier after the run applies to its last character only.
  const literal = source.slice(i, optional(source, j) || source[j] === '+' || source[j] === '{' ? j - 1 : j).toLowerCase();
  const offset = keyword === '' ? -1 : literal.indexOf(keyword);
  return offset >= 0 ? { kind: 'keyword', offset } : null;
}
