// Located text for the parser's tests, checked against the source it comes from, and figures made by hand.
import * as assert from 'node:assert/strict';
import type { Figure } from '../../../src/core';

/** `text` and its span at its first place in `source` at or after `from`: the span holds exactly that text. */
export function part(source: string, text: string, from = 0): { text: string; span: { start: number; end: number } } {
  const start = source.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is not in the source`);
  return { text, span: { start, end: start + text.length } };
}

/** A figure stating `value` at flat and source offset `start`, with a plural noun over `noun` if given. */
export function figureAt(value: number, start: number, noun?: { start: number; end: number }): Figure {
  const text = String(value);
  return { value, text, span: { start, end: start + text.length }, noun: noun ? { text: 'n'.repeat(noun.end - noun.start), span: noun, plural: true } : null };
}
