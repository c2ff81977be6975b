// The letter's frame, read line by line: the opening (opening.ts: heading, date, delivery, addressee,
// salutation, title), then section headings, sign-off, signatory and statistics-page footers.
//
// Speed: a line's trimmed text is computed when first read (text/lines.ts), so lines are first
// judged from their ends in `text` (the lines are `splitLines(text)`): empty lines and long
// paragraphs are passed over untrimmed, and a "plain" line (no dress, no sign-off or footer look)
// takes one test of all heading rules at once. The anchored line patterns run only on lines that
// start with their first letter.
import type { Addressee, Footer, LocatedText, Section } from '../model';
import type { HeadingRule } from '../formats/types';
import { isWhiteSpace, type Line } from '../text/lines';
import { parseNumericDate } from '../dates';
import { isBlank, undressed } from './lineText';
import { joinLines, located, locatedLine } from './addressee';
import { type Claimed, readOpening } from './opening';

export interface Structure {
  heading: LocatedText | null;
  date: { iso: string; text: string; span: { start: number; end: number } } | null;
  delivery: LocatedText | null;
  addressee: Addressee | null;
  salutation: LocatedText | null;
  title: LocatedText | null;
  titleYear: number | null;
  /** The council the title names ("Annual Review Letter 2022 – Barnsley Metropolitan Borough Council"). */
  titleAuthority: LocatedText | null;
  sections: Section[];
  signOff: LocatedText | null;
  signatory: LocatedText | null;
  footers: Footer[];
}

const SIGN_OFF = /^(?:yours sincerely|yours faithfully|kind regards|best wishes)[,.]?$/i;
const LETTER = /\p{L}/u;
const FOOTER = /^(.{3,200}?)\s+for the period ending:?\s*(\d{1,2}\/\d{1,2}\/\d{2,4})$/i;
/** The shortest line FOOTER can match: 3 + 1 + "for the period ending" + "1/1/11". */
const FOOTER_MIN_LENGTH = 31;

const anyHeadingCache = new WeakMap<readonly HeadingRule[], RegExp | null>();

/**
 * One pattern that matches where any of the rules' patterns does, so most lines take one test
 * rather than one per rule; the rule itself is then found as before. Built only when that is
 * exactly the same test: the same flags on every pattern, none stateful (g, y) and no group
 * references (their numbers would shift). Otherwise null: every line goes to the rules one by one.
 */
function anyHeading(rules: readonly HeadingRule[]): RegExp | null {
  let any = anyHeadingCache.get(rules);
  if (any === undefined) {
    any = null;
    const flags = rules[0]?.pattern.flags ?? '';
    const combinable = rules.length > 0 && !/[gy]/.test(flags) && rules.every((r) => r.pattern.flags === flags && !/\\[1-9k]|\(\?<[^=!]/.test(r.pattern.source));
    if (combinable) {
      try {
        any = new RegExp(rules.map((r) => `(?:${r.pattern.source})`).join('|'), flags);
      } catch {
        // Left null: the rules are tried one by one.
      }
    }
    anyHeadingCache.set(rules, any);
  }
  return any;
}

/** The first rule whose pattern matches `text`, asking the combined pattern first. */
function headingRuleFor(text: string, rules: readonly HeadingRule[], any: RegExp | null): HeadingRule | undefined {
  return any === null || any.test(text) ? rules.find((r) => r.pattern.test(text)) : undefined;
}

/**
 * Whether the line, as its trimmed text, is free of everything but a heading rule could make of
 * it: no white space at its ends (so it is its own trimmed and undressed text), no Markdown dress
 * ('#', '**', a trailing ':'), not a sign-off (those start with y, k or b) and not a footer (odd
 * spaces, the only change trimming makes inside a line, are neither digits nor '/'). Non-ASCII
 * first characters are left to the full reading.
 */
function isPlain(text: string, line: Line): boolean {
  const { start, end } = line;
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (first >= 128 || isWhiteSpace(first) || first === 35 /* # */ || first === 42 /* * */) return false;
  if (isSignOffInitial(first)) return false;
  return !isWhiteSpace(last) && last !== 58 /* : */ && !mayBeFooter(text, start, end);
}

/**
 * Whether text[start, end) could match FOOTER, which ends with a date from "d/m/yy" to
 * "dd/mm/yyyy": long enough, a digit last, and a '/' 3 to 5 characters from the end.
 */
function mayBeFooter(text: string, start: number, end: number): boolean {
  if (end - start < FOOTER_MIN_LENGTH) return false;
  const last = text.charCodeAt(end - 1);
  return last >= 48 && last <= 57 && (text.charCodeAt(end - 3) === 47 || text.charCodeAt(end - 4) === 47 || text.charCodeAt(end - 5) === 47);
}

/** Whether a SIGN_OFF could start with this character: y, k or b in either case (no other matches those). */
function isSignOffInitial(c: number): boolean {
  const lower = c | 0x20;
  return lower === 121 /* y */ || lower === 107 /* k */ || lower === 98 /* b */;
}

/**
 * Whether the line's trimmed text is longer than `max`, told from its ends in `text` when it can be
 * (a line with no white space at either end is its own trimmed text), so long lines stay untrimmed.
 */
function longerThan(text: string, line: Line, max: number): boolean {
  if (line.end - line.start <= max) return false;
  if (!isWhiteSpace(text.charCodeAt(line.start)) && !isWhiteSpace(text.charCodeAt(line.end - 1))) return true;
  return line.trimmed.length > max;
}

export function readStructure(text: string, lines: readonly Line[], headingRules: readonly HeadingRule[]): Structure {
  const s: Structure = {
    heading: null, date: null, delivery: null, addressee: null, salutation: null, title: null, titleYear: null, titleAuthority: null,
    sections: [], signOff: null, signatory: null, footers: [],
  };
  const claimed = readOpening(text, lines, s);
  s.sections = sectionsOf(text, lines, readBody(text, lines, headingRules, claimed, s));
  return s;
}

interface HeadingLine {
  index: number;
  heading: LocatedText;
  level: number;
}

/** Headings, sign-off, signatory and footers anywhere in the letter (the opening's lines aside). */
function readBody(text: string, lines: readonly Line[], headingRules: readonly HeadingRule[], claimed: Claimed, s: Structure): HeadingLine[] {
  const headingLines: HeadingLine[] = [];
  let signatoryLines: Line[] | null = null;
  const endSignatory = (): void => {
    if (signatoryLines && signatoryLines.length > 0) {
      s.signatory = joinLines(signatoryLines);
      signatoryLines = null;
    }
  };
  const anyRule = anyHeading(headingRules);
  const claimedEnd = Math.max(claimed.blockEnd, claimed.lines.length > 0 ? claimed.lines[claimed.lines.length - 1]! + 1 : 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Empty lines (half of a letter's) and paragraphs are passed over without trimming them.
    if (line.start === line.end) {
      endSignatory();
      continue;
    }
    if (longerThan(text, line, 200)) continue;
    if (i < claimedEnd && ((i >= claimed.blockStart && i < claimed.blockEnd) || claimed.lines.includes(i))) {
      if (isBlank(text, line)) endSignatory();
      continue;
    }
    if (signatoryLines === null && isPlain(text, line)) {
      // Most lines end here. A plain line is its own undressed text, and only a heading rule can
      // take it: this is what the rest of the loop makes of it.
      if (line.end - line.start > 100) continue;
      const rule = headingRuleFor(line.trimmed, headingRules, anyRule);
      if (rule) headingLines.push({ index: i, heading: located(line.trimmed, line.trimmedStart), level: rule.level ?? 1 });
      continue;
    }
    const t = line.trimmed;
    const footer = t === '' ? null : readFooter(line);
    if (t === '') endSignatory();
    else if (footer) s.footers.push(footer);
    else if (signatoryLines) (signatoryLines as Line[]).push(line);
    else if (!s.signOff && isSignOffInitial(t.charCodeAt(0)) && SIGN_OFF.test(t)) {
      s.signOff = locatedLine(line);
      signatoryLines = [];
    } else {
      const heading = headingOf(line, i, headingRules, anyRule);
      if (heading) headingLines.push(heading);
    }
  }
  endSignatory();
  return headingLines;
}

/** A statistics page footer: "Rochford District Council For the period ending: 31/03/20". */
function readFooter(line: Line): Footer | null {
  const t = line.trimmed;
  const footer = mayBeFooter(t, 0, t.length) ? FOOTER.exec(t) : null;
  const iso = footer ? parseNumericDate(footer[2]!) : null;
  if (!footer || !iso) return null;
  const authorityText = footer[1]!.replace(/\*\*/g, '').trim();
  // With "**" inside the name ("**A**B") the undressed name is not in the line: start at the line.
  const authorityStart = line.trimmedStart + Math.max(0, t.indexOf(authorityText));
  const dateStart = line.trimmedStart + t.lastIndexOf(footer[2]!);
  const periodStart = line.trimmedStart + footer[1]!.length + (t.slice(footer[1]!.length).length - t.slice(footer[1]!.length).trimStart().length);
  return {
    authority: located(authorityText, authorityStart),
    periodEnd: { source: 'footer', start: null, end: iso, text: t.slice(periodStart - line.trimmedStart), span: { start: periodStart, end: dateStart + footer[2]!.length } },
    span: { start: line.trimmedStart, end: line.trimmedStart + t.length },
  };
}

/** The line as a section heading: by a heading rule, Markdown's #'s, or bold dress; else null. */
function headingOf(line: Line, index: number, headingRules: readonly HeadingRule[], anyRule: RegExp | null): HeadingLine | null {
  const u = undressed(line);
  if (u.text === '' || u.text.length > 100) return null;
  const rule = headingRuleFor(u.text, headingRules, anyRule);
  const isMarkdownHeading = u.level !== null;
  // A bold figure alone on its line ("**45%**", as PDF-to-text gives it) is a figure, not a heading.
  const isBoldHeading = u.bold && !/[.,;]$/.test(u.text) && u.text.split(' ').length <= 10 && LETTER.test(u.text);
  if (!rule && !isMarkdownHeading && !isBoldHeading) return null;
  return { index, heading: located(u.text, u.start), level: rule?.level ?? u.level ?? 1 };
}

/** Each section runs from its heading to the next heading, trailing blank lines excluded. */
function sectionsOf(text: string, lines: readonly Line[], headingLines: readonly HeadingLine[]): Section[] {
  const sections: Section[] = [];
  for (let h = 0; h < headingLines.length; h++) {
    const { index, heading, level } = headingLines[h]!;
    const nextIndex = headingLines[h + 1]?.index ?? lines.length;
    let last = nextIndex - 1;
    while (last > index && isBlank(text, lines[last]!)) last--;
    const start = lines[index]!.trimmedStart;
    const end = Math.max(lines[last]!.end, heading.span.end);
    sections.push({ heading, level, span: { start, end: Math.min(end, text.length) } });
  }
  return sections;
}

export { undressed };
