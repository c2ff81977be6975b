// In-letter directives for Markdown-dressed letters, as HTML comments (invisible when rendered):
//   <!-- letter-review-disable code1 code2 -->   findings with these codes (or all, with no code) from here on
//   <!-- letter-review-enable code1 -->          ends a disable
//   <!-- letter-review-disable-next-line code --> the findings that start on the next line
import type { Finding } from './model';
import { LineIndex } from './text/lineIndex';

const DIRECTIVE = /<!--\s*letter-review-(disable-next-line|disable|enable)((?:\s+[a-z][a-z-]{0,60})*)\s*-->/g;

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  codes: string[] | null;
  offset: number;
}

export function readDirectives(text: string): Directive[] {
  if (!text.includes('letter-review-')) return [];
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
  const directives = readDirectives(text);
  if (directives.length === 0) return findings;
  const lines = new LineIndex(text);
  const applies = (d: Directive, code: string): boolean => d.codes === null || d.codes.includes(code);
  return findings.filter((f) => {
    let disabled = false;
    for (const d of directives) {
      if (d.offset > f.span.start) break;
      if (d.kind === 'disable' && applies(d, f.code)) disabled = true;
      else if (d.kind === 'enable' && applies(d, f.code)) disabled = false;
    }
    if (disabled) return false;
    const line = lines.positionAt(f.span.start).line;
    return !directives.some((d) => d.kind === 'disable-next-line' && applies(d, f.code) && lines.positionAt(d.offset).line === line - 1);
  });
}
