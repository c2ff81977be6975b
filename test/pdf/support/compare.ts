// Comparing what the engine reads from a PDF letter with what it reads from the letter's text.
// The two texts differ in dress only (a PDF has no Markdown marks, wraps its lines, curls its quotes),
// so pieces of text are compared in a plain form: marks removed, quotes straight, spaces collapsed.
import type { Finding, Letter, Span } from '../../../src/core';

export function plain(s: string): string {
  return s
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/<\/?u>/g, '')
    .replace(/\*\*/g, '')
    .replace(/^#{1,6} /gm, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/ \u2013 /g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One thing the model located in the text: where in the model, its value, and the text it covers. */
export interface Located {
  path: string;
  value: string;
}

/**
 * Every value the model holds, by path, with spans replaced by the plain text they cover: two
 * models are the same reading of two dresses of one letter when these lists are equal.
 */
export function locatedValues(letter: Letter, text: string, skip: readonly string[] = [], clean: (plainText: string) => string = (t) => t): Located[] {
  const out: Located[] = [];
  const walk = (node: unknown, path: string): void => {
    if (skip.some((s) => path === s || path.startsWith(`${s}.`) || path.startsWith(`${s}[`))) return;
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${path}[${i}]`));
    } else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (isSpan(o)) out.push({ path, value: clean(plain(text.slice(o.start, o.end))) });
      else for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
    } else {
      out.push({ path, value: typeof node === 'string' ? plain(node) : String(node) });
    }
  };
  walk(letter, '');
  return out;
}

function isSpan(o: Record<string, unknown>): o is Span {
  const keys = Object.keys(o);
  return keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number';
}

/** Findings as a reader sees them: code, severity, message, and the plain text each place covers. */
export function findingValues(findings: readonly Finding[], text: string): string[] {
  const at = (span: Span): string => plain(text.slice(span.start, span.end));
  return findings.map((f) => `${f.severity} ${f.code} ${f.message} @ "${at(f.span)}"${f.related.map((r) => ` + ${r.message} @ "${at(r.span)}"`).join('')}`);
}
