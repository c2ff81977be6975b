// The letter's frame, read line by line: heading, date, delivery, addressee, salutation, title,
// section headings, sign-off, signatory and statistics-page footers.
//
// Speed: a line's trimmed text is computed when first read (text/lines.ts), so lines are first
// judged from their ends in `text` (the lines are `splitLines(text)`): empty lines and long
// paragraphs are passed over untrimmed, and a "plain" line (no dress, no sign-off or footer look)
// takes one test of all heading rules at once. The anchored line patterns run only on lines that
// start with their first letter.
import type { Addressee, Footer, LocatedText, Section } from '../model';
import type { HeadingRule } from '../formats/types';
import { isWhiteSpace, type Line } from '../text/lines';
import { WRITTEN_DATE, parseNumericDate, parseWrittenDate } from '../dates';

export interface Structure {
  heading: LocatedText | null;
  date: { iso: string; text: string; span: { start: number; end: number } } | null;
  delivery: LocatedText | null;
  addressee: Addressee | null;
  salutation: LocatedText | null;
  title: LocatedText | null;
  titleYear: number | null;
  sections: Section[];
  signOff: LocatedText | null;
  signatory: LocatedText | null;
  footers: Footer[];
}

const OMBUDSMAN_HEADING = /ombudsman/i;
const DATE_LINE = new RegExp(`^${WRITTEN_DATE}$`, 'i');
const DELIVERY = /^by (?:e-?mail|post|hand)$/i;
const SALUTATION = /^dear\s+(.{1,120}?)[,:]?$/i;
const TITLE = /^annual review letter\s+(\d{4})$/i;
const SIGN_OFF = /^(?:yours sincerely|yours faithfully|kind regards|best wishes)[,.]?$/i;
const LETTER = /\p{L}/u;
const FOOTER = /^(.{3,200}?)\s+for the period ending:?\s*(\d{1,2}\/\d{1,2}\/\d{2,4})$/i;
/** The shortest line FOOTER can match: 3 + 1 + "for the period ending" + "1/1/11". */
const FOOTER_MIN_LENGTH = 31;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|professor|prof|lord|lady|rev)\.?$/i;
/** Words a job title ends with: "Chief Executive", "Head of Paid Service", "Director of Governance". */
const ROLE_END = /^(?:executive|director|officer|manager|clerk|secretary|leader|service|services|commissioner|chair|chairman|mayor|governance|head|president|lead)$/i;

/** A line's text without Markdown dress: leading #'s, surrounding ** and a trailing colon. */
export function undressed(line: Line): { text: string; start: number; level: number | null; bold: boolean } {
  let text = line.trimmed;
  let start = line.trimmedStart;
  let level: number | null = null;
  const hashes = text.charCodeAt(0) === 35 /* # */ ? /^(#{1,6})\s+/.exec(text) : null;
  if (hashes) {
    level = hashes[1]!.length;
    text = text.slice(hashes[0].length);
    start += hashes[0].length;
  }
  let bold = false;
  if (text.length > 4 && text.startsWith('**') && text.endsWith('**') && !text.slice(2, -2).includes('**')) {
    bold = true;
    text = text.slice(2, -2);
    start += 2;
  }
  // The look-behind starts the match only where a run of spaces starts: linear on long lines.
  const trailing = text.endsWith(':') ? /(?<!\s)\s*:$/.exec(text) : null;
  if (trailing) text = text.slice(0, text.length - trailing[0].length);
  // Most lines are already trimmed: trim (and measure the lead) only when an end is white space.
  if (text === '' || !(isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(text.length - 1)))) return { text, start, level, bold };
  const lead = /^\s*/.exec(text)![0].length;
  return { text: text.trim(), start: start + lead, level, bold };
}

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

/** Whether the line is blank, told from its first character when it can be (without trimming it). */
function isBlank(text: string, line: Line): boolean {
  if (line.start === line.end) return true;
  return isWhiteSpace(text.charCodeAt(line.start)) && line.trimmed === '';
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

function located(text: string, start: number): LocatedText {
  return { text, span: { start, end: start + text.length } };
}

function locatedLine(line: Line): LocatedText {
  return located(line.trimmed, line.trimmedStart);
}

export function readStructure(text: string, lines: readonly Line[], headingRules: readonly HeadingRule[]): Structure {
  const s: Structure = {
    heading: null, date: null, delivery: null, addressee: null, salutation: null, title: null, titleYear: null,
    sections: [], signOff: null, signatory: null, footers: [],
  };
  // Lines the opening took, so the headings pass leaves them alone: up to five single lines and the
  // addressee's block.
  const claimed: number[] = [];
  let blockStart = 0;
  let blockEnd = 0;
  let firstContent = -1;
  let deliveryIndex = -1;
  let dateIndex = -1;
  let salutationIndex = -1;
  let salutationName = '';

  // The letter's opening: the first lines up to the title. Bounded so a huge file is not rescanned.
  const openingEnd = Math.min(lines.length, 80);
  for (let i = 0; i < openingEnd; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    if (firstContent < 0) firstContent = i;
    const u = undressed(line);
    // The line patterns below are anchored at a fixed first letter or a digit: test only lines that
    // start with it. (Case-insensitive matching takes no non-ASCII character for an ASCII one.)
    const c0 = u.text.charCodeAt(0);
    const first = c0 | 0x20; // lower case, for ASCII letters
    let date: RegExpExecArray | null;
    let title: RegExpExecArray | null;
    let salutation: RegExpExecArray | null;
    if (!s.heading && i - firstContent < 3 && u.text.length < 120 && OMBUDSMAN_HEADING.test(u.text)) {
      s.heading = located(u.text, u.start);
      claimed.push(i);
    } else if (!s.date && !s.salutation && c0 >= 48 && c0 <= 57 && (date = DATE_LINE.exec(u.text))) {
      const iso = parseWrittenDate(date[1]!, date[2]!, date[3]!);
      if (iso) {
        s.date = { iso, text: u.text, span: { start: u.start, end: u.start + u.text.length } };
        dateIndex = i;
        claimed.push(i);
      }
    } else if (!s.delivery && !s.salutation && first === 98 /* b */ && DELIVERY.test(u.text)) {
      s.delivery = located(u.text, u.start);
      deliveryIndex = i;
      claimed.push(i);
    } else if (!s.salutation && first === 100 /* d */ && (salutation = SALUTATION.exec(u.text))) {
      s.salutation = located(u.text, u.start);
      salutationName = salutation[1]!;
      salutationIndex = i;
      claimed.push(i);
    } else if (!s.title && first === 97 /* a */ && (title = TITLE.exec(u.text))) {
      s.title = located(u.text, u.start);
      s.titleYear = Number(title[1]);
      claimed.push(i);
      break;
    }
  }

  // The addressee: the lines between the delivery line (or date) and the salutation.
  const afterIndex = deliveryIndex >= 0 ? deliveryIndex : dateIndex;
  if (salutationIndex > 0 && afterIndex >= 0 && afterIndex < salutationIndex) {
    const block: Line[] = [];
    for (let i = afterIndex + 1; i < salutationIndex; i++) if (!isBlank(text, lines[i]!)) block.push(lines[i]!);
    if (block.length > 0 && block.length <= 8) {
      s.addressee = readAddressee(block, salutationName);
      blockStart = afterIndex + 1;
      blockEnd = salutationIndex;
    }
  }

  // Headings, sign-off, signatory and footers anywhere in the letter.
  const headingLines: { index: number; heading: LocatedText; level: number }[] = [];
  let signatoryLines: Line[] | null = null;
  const anyRule = anyHeading(headingRules);
  const claimedEnd = Math.max(blockEnd, claimed.length > 0 ? claimed[claimed.length - 1]! + 1 : 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Empty lines (half of a letter's) and paragraphs are passed over without trimming them.
    if (line.start === line.end) {
      if (signatoryLines && signatoryLines.length > 0) {
        s.signatory = joinLines(signatoryLines);
        signatoryLines = null;
      }
      continue;
    }
    if (longerThan(text, line, 200)) continue;
    if (i < claimedEnd && ((i >= blockStart && i < blockEnd) || claimed.includes(i))) {
      if (signatoryLines && signatoryLines.length > 0 && isBlank(text, line)) {
        s.signatory = joinLines(signatoryLines);
        signatoryLines = null;
      }
      continue;
    }
    if (signatoryLines === null && isPlain(text, line)) {
      // Most lines end here. A plain line is its own undressed text, and only a heading rule can
      // take it: this is what the rest of the loop makes of it.
      if (line.end - line.start > 100) continue;
      const plain = line.trimmed;
      const rule = headingRuleFor(plain, headingRules, anyRule);
      if (rule) headingLines.push({ index: i, heading: located(plain, line.trimmedStart), level: rule.level ?? 1 });
      continue;
    }
    const t = line.trimmed;
    if (t === '') {
      if (signatoryLines && signatoryLines.length > 0) {
        s.signatory = joinLines(signatoryLines);
        signatoryLines = null;
      }
      continue;
    }
    const footer = mayBeFooter(t, 0, t.length) ? FOOTER.exec(t) : null;
    if (footer) {
      const iso = parseNumericDate(footer[2]!);
      const authorityText = footer[1]!.replace(/\*\*/g, '').trim();
      if (iso) {
        // With "**" inside the name ("**A**B") the undressed name is not in the line: start at the line.
        const authorityStart = line.trimmedStart + Math.max(0, t.indexOf(authorityText));
        const dateStart = line.trimmedStart + t.lastIndexOf(footer[2]!);
        const periodStart = line.trimmedStart + footer[1]!.length + (t.slice(footer[1]!.length).length - t.slice(footer[1]!.length).trimStart().length);
        s.footers.push({
          authority: located(authorityText, authorityStart),
          periodEnd: { source: 'footer', start: null, end: iso, text: t.slice(periodStart - line.trimmedStart), span: { start: periodStart, end: dateStart + footer[2]!.length } },
          span: { start: line.trimmedStart, end: line.trimmedStart + t.length },
        });
        continue;
      }
    }
    if (signatoryLines) {
      signatoryLines.push(line);
      continue;
    }
    if (!s.signOff && isSignOffInitial(t.charCodeAt(0)) && SIGN_OFF.test(t)) {
      s.signOff = locatedLine(line);
      signatoryLines = [];
      continue;
    }
    const u = undressed(line);
    if (u.text === '' || u.text.length > 100) continue;
    const rule = headingRuleFor(u.text, headingRules, anyRule);
    const isMarkdownHeading = u.level !== null;
    // A bold figure alone on its line ("**45%**", as PDF-to-text gives it) is a figure, not a heading.
    const isBoldHeading = u.bold && !/[.,;]$/.test(u.text) && u.text.split(' ').length <= 10 && LETTER.test(u.text);
    if (rule || isMarkdownHeading || isBoldHeading) {
      headingLines.push({ index: i, heading: located(u.text, u.start), level: rule?.level ?? u.level ?? 1 });
    }
  }
  if (signatoryLines && signatoryLines.length > 0) s.signatory = joinLines(signatoryLines);

  // Each section runs from its heading to the next heading, trailing blank lines excluded.
  for (let h = 0; h < headingLines.length; h++) {
    const { index, heading, level } = headingLines[h]!;
    const nextIndex = headingLines[h + 1]?.index ?? lines.length;
    let last = nextIndex - 1;
    while (last > index && isBlank(text, lines[last]!)) last--;
    const start = lines[index]!.trimmedStart;
    const end = Math.max(lines[last]!.end, heading.span.end);
    s.sections.push({ heading, level, span: { start, end: Math.min(end, text.length) } });
  }
  return s;
}

function joinLines(lines: readonly Line[]): LocatedText {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { text: lines.map((l) => l.trimmed).join('\n'), span: { start: first.trimmedStart, end: last.trimmedStart + last.trimmed.length } };
}

/** The addressee from its lines: name / role / authority on separate lines, or all on one. */
function readAddressee(block: readonly Line[], salutationName: string): Addressee {
  const first = block[0]!;
  const last = block[block.length - 1]!;
  const span = { start: first.trimmedStart, end: last.trimmedStart + last.trimmed.length };
  if (block.length >= 3) {
    const roleLines = block.slice(1, -1);
    const role = joinLines(roleLines);
    return { name: locatedLine(first), role: { text: role.text.replace(/\n/g, ' '), span: role.span }, authority: locatedLine(last), span };
  }
  if (block.length === 2) {
    // Either "name" + "role authority", or "name role" + "authority".
    const split = splitRoleAndAuthority(last.trimmed);
    if (split.role) {
      return {
        name: locatedLine(first),
        role: located(split.role, last.trimmedStart),
        authority: located(split.authority, last.trimmedStart + last.trimmed.length - split.authority.length),
        span,
      };
    }
    const nameRole = splitName(first.trimmed, salutationName);
    return {
      name: located(nameRole.name, first.trimmedStart),
      role: nameRole.rest ? located(nameRole.rest, first.trimmedStart + first.trimmed.length - nameRole.rest.length) : null,
      authority: locatedLine(last),
      span,
    };
  }
  // One line: "Dr Ramewal Chief Executive Sevenoaks District Council".
  const t = first.trimmed;
  const { name, rest } = splitName(t, salutationName);
  const split = splitRoleAndAuthority(rest);
  const base = first.trimmedStart;
  return {
    name: name ? located(name, base) : null,
    role: split.role ? located(split.role, base + t.indexOf(split.role, name.length)) : null,
    authority: split.authority ? located(split.authority, base + t.length - split.authority.length) : null,
    span,
  };
}

/** Name first: the salutation's name when the line starts with it, else honorific + surname. */
function splitName(line: string, salutationName: string): { name: string; rest: string } {
  if (salutationName && line.toLowerCase().startsWith(salutationName.toLowerCase())) {
    return { name: line.slice(0, salutationName.length), rest: line.slice(salutationName.length).trim() };
  }
  const words = line.split(/\s+/);
  const take = words.length > 1 && HONORIFIC.test(words[0]!) ? 2 : 1;
  const name = words.slice(0, take).join(' ');
  return { name, rest: words.slice(take).join(' ') };
}

/** The word without one trailing ',' or '.'. */
function withoutTrailingPunctuation(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 44 /* , */ || last === 46 /* . */ ? word.slice(0, -1) : word;
}

/** "Interim Managing Director Hertsmere Borough Council" → role, authority. */
function splitRoleAndAuthority(rest: string): { role: string | null; authority: string } {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const next = words[i + 1]!;
    const capital = next.charCodeAt(0) >= 65 && next.charCodeAt(0) <= 90; // /^[A-Z]/
    if (capital && ROLE_END.test(withoutTrailingPunctuation(words[i]!)) && !/^(?:of|and|&)$/i.test(next)) cut = i;
  }
  if (cut < 0) return { role: null, authority: rest.trim() };
  return { role: words.slice(0, cut + 1).join(' ').replace(/,$/, ''), authority: words.slice(cut + 1).join(' ') };
}
