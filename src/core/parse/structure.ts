// The letter's frame, read line by line: heading, date, delivery, addressee, salutation, title,
// section headings, sign-off, signatory and statistics-page footers.
import type { Addressee, Footer, LocatedText, Section } from '../model';
import type { HeadingRule } from '../formats/types';
import type { Line } from '../text/lines';
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
const FOOTER = /^(.{3,200}?)\s+for the period ending:?\s*(\d{1,2}\/\d{1,2}\/\d{2,4})$/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|professor|prof|lord|lady|rev)\.?$/i;
/** Words a job title ends with: "Chief Executive", "Head of Paid Service", "Director of Governance". */
const ROLE_END = /^(?:executive|director|officer|manager|clerk|secretary|leader|service|services|commissioner|chair|chairman|mayor|governance|head|president|lead)$/i;

const WHITE_SPACE_CHAR = /^\s$/;

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
  if (text === '' || !(WHITE_SPACE_CHAR.test(text.charAt(0)) || WHITE_SPACE_CHAR.test(text.charAt(text.length - 1)))) return { text, start, level, bold };
  const lead = /^\s*/.exec(text)![0].length;
  return { text: text.trim(), start: start + lead, level, bold };
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
  const claimed = new Set<number>();
  let firstContent = -1;
  let deliveryIndex = -1;
  let dateIndex = -1;
  let salutationIndex = -1;

  // The letter's opening: the first lines up to the title. Bounded so a huge file is not rescanned.
  const openingEnd = Math.min(lines.length, 80);
  for (let i = 0; i < openingEnd; i++) {
    const line = lines[i]!;
    if (line.trimmed === '') continue;
    if (firstContent < 0) firstContent = i;
    const u = undressed(line);
    if (!s.heading && i - firstContent < 3 && OMBUDSMAN_HEADING.test(u.text) && u.text.length < 120) {
      s.heading = located(u.text, u.start);
      claimed.add(i);
    } else if (!s.date && !s.salutation && DATE_LINE.test(u.text)) {
      const m = DATE_LINE.exec(u.text)!;
      const iso = parseWrittenDate(m[1]!, m[2]!, m[3]!);
      if (iso) {
        s.date = { iso, text: u.text, span: { start: u.start, end: u.start + u.text.length } };
        dateIndex = i;
        claimed.add(i);
      }
    } else if (!s.delivery && !s.salutation && DELIVERY.test(u.text)) {
      s.delivery = located(u.text, u.start);
      deliveryIndex = i;
      claimed.add(i);
    } else if (!s.salutation && SALUTATION.test(u.text)) {
      s.salutation = located(u.text, u.start);
      salutationIndex = i;
      claimed.add(i);
    } else if (!s.title && TITLE.test(u.text)) {
      s.title = located(u.text, u.start);
      s.titleYear = Number(TITLE.exec(u.text)![1]);
      claimed.add(i);
      break;
    }
  }

  // The addressee: the lines between the delivery line (or date) and the salutation.
  const afterIndex = deliveryIndex >= 0 ? deliveryIndex : dateIndex;
  if (salutationIndex > 0 && afterIndex >= 0 && afterIndex < salutationIndex) {
    const block = lines.slice(afterIndex + 1, salutationIndex).filter((l) => l.trimmed !== '');
    if (block.length > 0 && block.length <= 8) {
      const salutationName = SALUTATION.exec(s.salutation!.text)?.[1] ?? '';
      s.addressee = readAddressee(block, salutationName);
      for (let i = afterIndex + 1; i < salutationIndex; i++) claimed.add(i);
    }
  }

  // Headings, sign-off, signatory and footers anywhere in the letter.
  const headingLines: { index: number; heading: LocatedText; level: number }[] = [];
  let signatoryLines: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed;
    if (t === '' || claimed.has(i) || t.length > 200) {
      if (signatoryLines && signatoryLines.length > 0 && t === '') {
        s.signatory = joinLines(signatoryLines);
        signatoryLines = null;
      }
      continue;
    }
    // A footer ends with its date: only such lines are worth the footer pattern.
    const last = t.charCodeAt(t.length - 1);
    const footer = last >= 48 && last <= 57 ? FOOTER.exec(t) : null;
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
    if (!s.signOff && SIGN_OFF.test(t)) {
      s.signOff = locatedLine(line);
      signatoryLines = [];
      continue;
    }
    const u = undressed(line);
    if (u.text === '' || u.text.length > 100) continue;
    const rule = headingRules.find((r) => r.pattern.test(u.text));
    const isMarkdownHeading = u.level !== null;
    // A bold figure alone on its line ("**45%**", as PDF-to-text gives it) is a figure, not a heading.
    const isBoldHeading = u.bold && !/[.,;]$/.test(u.text) && u.text.split(' ').length <= 10 && /\p{L}/u.test(u.text);
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
    while (last > index && lines[last]!.trimmed === '') last--;
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

/** "Interim Managing Director Hertsmere Borough Council" → role, authority. */
function splitRoleAndAuthority(rest: string): { role: string | null; authority: string } {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    if (ROLE_END.test(words[i]!.replace(/[,.]$/, '')) && /^[A-Z]/.test(words[i + 1]!) && !/^(?:of|and|&)$/i.test(words[i + 1]!)) cut = i;
  }
  if (cut < 0) return { role: null, authority: rest.trim() };
  return { role: words.slice(0, cut + 1).join(' ').replace(/,$/, ''), authority: words.slice(cut + 1).join(' ') };
}
