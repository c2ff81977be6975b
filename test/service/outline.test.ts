import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, parseLetter } from '../../src/core';
import type { Span } from '../../src/core';
import { english } from '../../src/service/localize';
import { foldingRanges, outlineOf } from '../../src/service/outline';
import type { OutlineNode } from '../../src/service/outline';
import { letter, WITH_STATISTICS, WITHOUT_STATISTICS } from './support/letters';

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

function assertWellFormed(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    assert.ok(within(n.selection, n.span), `${n.name}: selection inside its range`);
    if (parent) assert.ok(within(n.span, parent.span), `${n.name} inside ${parent.name}`);
    assertWellFormed(n.children, n);
  }
}

describe('outline and folding', () => {
  it('outlines 004: two prose sections, then three statistics blocks with their figures', () => {
    const text = letter(WITH_STATISTICS);
    const outline = outlineOf(parseLetter(text), english);
    assertWellFormed(outline);
    assert.deepEqual(
      outline.map((n) => [n.kind, n.name, n.detail]),
      [
        ['section', 'Complaint statistics', ''],
        ['section', 'Resources to help you get it right', ''],
        ['block', 'Complaints upheld', '100%'],
        ['block', 'Compliance with Ombudsman recommendations', '100%'],
        ['block', 'Satisfactory remedies provided by the authority', '0%'],
      ],
    );
    const upheld = outline[2]!;
    assert.deepEqual(
      upheld.children.map((c) => [c.name, c.detail]),
      [
        ['Upheld', '100%'],
        ['Similar authorities', '45%'],
        ['Upheld decisions', '1'],
        ['Detailed investigations', '1'],
        ['Period', 'for the period between 1 April 2019 to 31 March 2020'],
      ],
    );
    for (const c of upheld.children) assert.equal(text.slice(c.selection.start, c.selection.end), c.kind === 'period' ? c.detail : c.detail.replace('%', ''));
  });

  it('outlines a letter without statistics by its sections only', () => {
    for (const name of WITHOUT_STATISTICS) {
      const outline = outlineOf(parseLetter(letter(name)), english);
      assertWellFormed(outline);
      assert.ok(outline.length >= 2, name);
      assert.ok(outline.every((n) => n.kind === 'section' && n.children.length === 0), name);
    }
  });

  it('folds each section from its heading to its last non-blank line', () => {
    const text = letter(WITH_STATISTICS);
    const lines = text.split('\n');
    const ranges = foldingRanges(parseLetter(text), text, new LineIndex(text));
    assert.equal(ranges.length, 5);
    assert.deepEqual(ranges.map((r) => lines[r.start]), ['Complaint statistics', 'Resources to help you get it right', 'Complaints upheld', 'Compliance with Ombudsman recommendations', 'Satisfactory remedies provided by the authority']);
    for (const r of ranges) {
      assert.ok(r.end > r.start);
      assert.notEqual(lines[r.end]!.trim(), '', 'ends on a non-blank line');
    }
  });

  it('outlines and folds nothing in an empty or half-written text, without throwing', () => {
    for (const text of ['', 'Complaints upheld\n\n100% of', '\u0000\u0001']) {
      const l = parseLetter(text);
      assertWellFormed(outlineOf(l, english));
      foldingRanges(l, text, new LineIndex(text));
    }
  });
});

describe('outline of other forms of statistics', () => {
  const format = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'formats', name), 'utf8');

  it('outlines each fixture well-formed, whatever its form', () => {
    for (const name of readdirSync(join(__dirname, '..', 'fixtures', 'formats'))) assertWellFormed(outlineOf(parseLetter(format(name)), english));
  });

  it('shows a pre-2019-20 table as its section, with its columns as figures', () => {
    const outline = outlineOf(parseLetter(format('2018-19-letter-tables.txt')), english);
    const decisions = outline.find((n) => n.name === 'Decisions made');
    assert.equal(decisions?.kind, 'block');
    assert.equal(decisions?.detail, '46');
    assert.deepEqual(decisions?.children.map((c) => `${c.name} ${c.detail}`).slice(-2), ['Uphold rate (%) 63%', 'Total 46']);
  });

  it('shows the 2024-25 overview with its four figures', () => {
    const outline = outlineOf(parseLetter(format('2024-25-letter.txt')), english);
    const all = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
    const overview = all(outline).find((n) => n.name === 'Overview');
    assert.deepEqual(overview?.children.map((c) => `${c.name} ${c.detail}`), ['Complaints dealt with 59', 'Not for us or not ready 18', 'Assessed and closed 26', 'Investigated 15']);
  });
});
