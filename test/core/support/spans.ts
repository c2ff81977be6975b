// Located text for the parser's tests, checked against the source it comes from.
import * as assert from 'node:assert/strict';

/** `text` and its span at its first place in `source` at or after `from`: the span holds exactly that text. */
export function part(source: string, text: string, from = 0): { text: string; span: { start: number; end: number } } {
  const start = source.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is not in the source`);
  return { text, span: { start, end: start + text.length } };
}
