// Council names as people and files write them: "Brighton & Hove City Council", "brighton and hove",
// "The Royal Borough of Kingston-upon-Thames". Two names are the same council when they are the same
// after case, "&"/"and", "the" and punctuation are set aside; the words Council, Borough, District,
// City and County at either end are set aside too, but only when that leaves one candidate.

/** The words that say what kind of body a council is, dropped at either end of a name when matching. */
const DESIGNATIONS = new Set(['council', 'borough', 'district', 'city', 'county']);

/**
 * A name reduced to what tells councils apart: lower case, accents dropped, "&" read as "and",
 * apostrophes removed ("King's Lynn" = "Kings Lynn"), other punctuation read as a space, "the" dropped.
 */
export function councilKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && w !== 'the')
    .join(' ');
}

/** A key without the designations at either end ("rochford district council" → "rochford"). */
export function withoutDesignations(key: string): string {
  const words = key.split(' ');
  let from = 0;
  let to = words.length;
  while (from < to && DESIGNATIONS.has(words[from]!)) from++;
  while (to > from && DESIGNATIONS.has(words[to - 1]!)) to--;
  return words.slice(from, to).join(' ');
}

/** True when the two names are the same council written differently (case, "&", "the", punctuation). */
export function sameCouncil(a: string, b: string): boolean {
  return councilKey(a) === councilKey(b);
}

/** The kinds of council a name tells apart. The Ombudsman compares each with similar authorities. */
export type CouncilKind = 'county' | 'district' | 'london-borough' | 'metropolitan-borough';

const KINDS: readonly [string, CouncilKind][] = [
  ['metropolitan borough', 'metropolitan-borough'],
  ['london borough', 'london-borough'],
  ['county council', 'county'],
  ['district council', 'district'],
];

/** The kind of council the name says, or null when it does not say (a "City Council" may be any). */
export function councilKind(name: string): CouncilKind | null {
  const key = ` ${councilKey(name)} `;
  for (const [words, kind] of KINDS) if (key.includes(` ${words} `)) return kind;
  return null;
}

/**
 * Values found by council name. An exact match (by key) wins; otherwise the name without its
 * designations must match the designation-free form of exactly one council in the index.
 */
export class CouncilIndex<T> {
  private readonly exact = new Map<string, T>();
  /** Designation-free form → the keys that reduce to it. */
  private readonly loose = new Map<string, Set<string>>();

  /** The value for this council, made by `create` the first time the council is seen. */
  entry(name: string, create: () => T): T {
    const key = councilKey(name);
    let value = this.exact.get(key);
    if (value === undefined) {
      value = create();
      this.exact.set(key, value);
      const bare = withoutDesignations(key);
      if (bare === '') return value;
      const keys = this.loose.get(bare) ?? new Set<string>();
      keys.add(key);
      this.loose.set(bare, keys);
    }
    return value;
  }

  find(name: string): T | undefined {
    const key = councilKey(name);
    const exact = this.exact.get(key);
    if (exact !== undefined) return exact;
    const bare = withoutDesignations(key);
    const keys = bare === '' ? undefined : this.loose.get(bare);
    if (!keys || keys.size !== 1) return undefined;
    return this.exact.get([...keys][0]!);
  }

  get size(): number {
    return this.exact.size;
  }
}
