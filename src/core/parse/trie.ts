// A regular expression source matching any of a set of literal words, factored as a trie:
// "compl(?:aints (?:upheld(?: by)?|…)|iance …)|w(?:e …)|…". It finds exactly what the plain
// alternation "longest|…|shortest" finds (at each place, the longest word there), but V8's regex
// engine tests a place against a dozen first letters instead of thirty whole words: about a quarter
// faster over a letter, and the keyword scan is one of the engine's few passes over the whole text.

interface TrieNode {
  /** A word ends here. */
  end: boolean;
  next: Map<string, TrieNode>;
}

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

function escape(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

function build(words: readonly string[]): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The alternatives below a node; a node that also ends a word makes them optional (greedy: longest first). */
function alternatives(node: TrieNode): string {
  const branches: string[] = [];
  for (const [c, child] of node.next) {
    // A chain of single children is one literal run.
    let run = escape(c);
    let at = child;
    while (!at.end && at.next.size === 1) {
      const [c2, child2] = at.next.entries().next().value as [string, TrieNode];
      run += escape(c2);
      at = child2;
    }
    if (at.next.size === 0) branches.push(run);
    else if (at.end) branches.push(`${run}(?:${alternatives(at)})?`);
    else branches.push(at.next.size > 1 ? `${run}(?:${alternatives(at)})` : run + alternatives(at));
  }
  return branches.join('|');
}

/** A regex source matching any of `words` (never the empty string); no words gives a pattern that never matches. */
export function trieSource(words: readonly string[]): string {
  const nonEmpty = words.filter((w) => w !== '');
  return nonEmpty.length === 0 ? '(?!)' : alternatives(build(nonEmpty));
}
