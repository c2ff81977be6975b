// In-letter directives, as HTML comments (invisible when a Markdown letter is rendered; the editor
// offers to write one in .md letters only, but one typed into any letter is honoured):
//   <!-- letter-review-disable code1 code2 -->   findings with these codes (or all, with no code) from here on
//   <!-- letter-review-enable code1 -->          ends a disable
//   <!-- letter-review-disable-next-line code --> the findings that start on the next line
// Almost no letter has a directive and most have no finding, so the common paths cost nothing:
// no finding means the text is never read, and a text without "<!--" before its last finding is
// ruled out by one fast indexOf (several times cheaper than searching for "letter-review-"). When
// directives are present, findings (sorted by start) and directives are walked together once, so
// a text with thousands of each stays linear.
import type { Finding } from './model';
import { LineIndex } from './text/lineIndex';

const DIRECTIVE = /<!--\s*letter-review-(disable-next-line|disable|enable)((?:\s+[a-z][a-z-]{0,60})*)\s*-->/g;

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  codes: string[] | null;
  offset: number;
}

export function readDirectives(text: string): Directive[] {
  if (text.indexOf('<!--') < 0 || !text.includes('letter-review-')) return [];
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const codes = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], codes: codes.length ? codes : null, offset: m.index });
  }
  return out;
}

/** Findings not silenced by a directive. */
export function applyDirectives(text: string, findings: Finding[]): Finding[] {
  // A directive after the last finding's start cannot touch any finding (it neither precedes one
  // nor sits on the line above one), so only the text up to there is searched for a comment.
  let lastStart = -1;
  for (const f of findings) lastStart = Math.max(lastStart, f.span.start);
  if (lastStart < 0 || text.slice(0, lastStart + 4).indexOf('<!--') < 0) return findings;
  const directives = readDirectives(text);
  if (directives.length === 0) return findings;
  const lines = new LineIndex(text);
  const applies = (d: Directive, code: string): boolean => d.codes === null || d.codes.includes(code);
  // disable-next-line directives by the line they sit on.
  const nextLine = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    const line = lines.positionAt(d.offset).line;
    const list = nextLine.get(line);
    if (list) list.push(d);
    else nextLine.set(line, [d]);
  }
  // The disable/enable in force for a code is the last one (offset ≤ the finding's start) naming
  // it or naming no code; kept as directive indexes while walking forward.
  const lastForAll = { index: -1 };
  const lastByCode = new Map<string, number>();
  let next = 0;
  let previousStart = -Infinity;
  const silenced = (f: Finding): boolean => {
    const start = f.span.start;
    if (start < previousStart) {
      // Not in order (a caller other than checkLetter): start the walk again.
      next = 0;
      lastForAll.index = -1;
      lastByCode.clear();
    }
    previousStart = start;
    for (; next < directives.length && directives[next]!.offset <= start; next++) {
      const d = directives[next]!;
      if (d.kind === 'disable-next-line') continue;
      if (d.codes === null) lastForAll.index = next;
      else for (const c of d.codes) lastByCode.set(c, next);
    }
    const last = Math.max(lastForAll.index, lastByCode.get(f.code) ?? -1);
    if (last >= 0 && directives[last]!.kind === 'disable') return true;
    const above = nextLine.get(lines.positionAt(start).line - 1);
    return above !== undefined && above.some((d) => applies(d, f.code));
  };
  return findings.filter((f) => !silenced(f));
}
