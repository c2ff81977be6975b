// The addressee block of a letter's opening: name, role and council on separate lines, or all on one
// ("Dr Ramewal Chief Executive Sevenoaks District Council").
import type { Addressee, LocatedText } from '../model';
import type { Line } from '../text/lines';

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|professor|prof|lord|lady|rev)\.?$/i;
/** Words a job title ends with: "Chief Executive", "Head of Paid Service", "Director of Governance". */
const ROLE_END = /^(?:executive|director|officer|manager|clerk|secretary|leader|service|services|commissioner|chair|chairman|mayor|governance|head|president|lead)$/i;

export function located(text: string, start: number): LocatedText {
  return { text, span: { start, end: start + text.length } };
}

export function locatedLine(line: Line): LocatedText {
  return located(line.trimmed, line.trimmedStart);
}

export function joinLines(lines: readonly Line[]): LocatedText {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { text: lines.map((l) => l.trimmed).join('\n'), span: { start: first.trimmedStart, end: last.trimmedStart + last.trimmed.length } };
}

/** The addressee from its lines: name / role / authority on separate lines, or all on one. */
export function readAddressee(block: readonly Line[], salutationName: string): Addressee {
  const first = block[0]!;
  const last = block[block.length - 1]!;
  const span = { start: first.trimmedStart, end: last.trimmedStart + last.trimmed.length };
  if (block.length >= 3) {
    const roleLines = block.slice(1, -1);
    const role = joinLines(roleLines);
    return { name: locatedLine(first), role: { text: role.text.replace(/\n/g, ' '), span: role.span }, authority: locatedLine(last), span };
  }
  if (block.length === 2) return twoLines(first, last, salutationName, span);
  // One line: "Dr Ramewal Chief Executive Sevenoaks District Council".
  const base = first.trimmedStart;
  const { name, rest, restStart } = splitName(first.trimmed, salutationName);
  const split = splitRoleAndAuthority(rest);
  return {
    name: name ? located(name, base) : null,
    role: split.role ? located(split.role, base + restStart) : null,
    authority: split.authority ? located(split.authority, base + restStart + split.authorityStart) : null,
    span,
  };
}

/** Either "name" + "role authority", or "name role" + "authority". */
function twoLines(first: Line, last: Line, salutationName: string, span: Addressee['span']): Addressee {
  const split = splitRoleAndAuthority(last.trimmed);
  if (split.role) {
    return { name: locatedLine(first), role: located(split.role, last.trimmedStart), authority: located(split.authority, last.trimmedStart + split.authorityStart), span };
  }
  // "Dr Ramewal Chief Executive": the words after the name are a role only when one is a role's word;
  // "Ms Jo Brown" is a name, not "Ms Jo" with the role "Brown".
  const nameRole = splitName(first.trimmed, salutationName);
  if (!isRole(nameRole.rest)) return { name: locatedLine(first), role: null, authority: locatedLine(last), span };
  return { name: located(nameRole.name, first.trimmedStart), role: located(nameRole.rest, first.trimmedStart + nameRole.restStart), authority: locatedLine(last), span };
}

/** Whether words (after a name) name a job: one of them is a role's word ("Chief Executive", "Head of Paid Service"). */
function isRole(words: string): boolean {
  return wordsOf(words).some((w) => ROLE_END.test(withoutTrailingPunctuation(w.text)));
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets: names and roles are cut from the text itself, so their spans hold them exactly. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Name first: the salutation's name when the line starts with it, else honorific + surname. `rest` starts at `restStart`. */
function splitName(line: string, salutationName: string): { name: string; rest: string; restStart: number } {
  if (salutationName && line.toLowerCase().startsWith(salutationName.toLowerCase())) {
    const lead = line.slice(salutationName.length).search(/\S/);
    const restStart = lead < 0 ? line.length : salutationName.length + lead;
    return { name: line.slice(0, salutationName.length), rest: line.slice(restStart), restStart };
  }
  const words = wordsOf(line);
  const take = Math.min(words.length, surnameAt(words, salutationName) ?? (words.length > 1 && HONORIFIC.test(words[0]!.text) ? 2 : 1));
  const next = words[take];
  const restStart = next ? next.start : line.length;
  return { name: line.slice(0, words[take - 1]?.end ?? 0).replace(/,$/, ''), rest: line.slice(restStart), restStart };
}

/**
 * "Dear Ms Brown" and "Ms Jo Brown Chief Executive …": the name runs to the salutation's surname when
 * the salutation is an honorific and a surname, and the surname is among the line's first words.
 */
function surnameAt(words: readonly Word[], salutationName: string): number | null {
  const salutation = salutationName.split(/\s+/);
  if (salutation.length !== 2 || !HONORIFIC.test(salutation[0]!)) return null;
  const surname = salutation[1]!.toLowerCase();
  const at = words.slice(1, 4).findIndex((w) => withoutTrailingPunctuation(w.text).toLowerCase() === surname);
  return at < 0 ? null : at + 2;
}

/** The word without one trailing ',' or '.'. */
function withoutTrailingPunctuation(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 44 /* , */ || last === 46 /* . */ ? word.slice(0, -1) : word;
}

/**
 * "Interim Managing Director Hertsmere Borough Council" → role, authority (which starts at `authorityStart`
 * in `rest`). `rest` is trimmed (a line's text, or what follows a name on it), so the role starts at 0.
 */
function splitRoleAndAuthority(rest: string): { role: string | null; authority: string; authorityStart: number } {
  const words = wordsOf(rest);
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const next = words[i + 1]!.text;
    const capital = next.charCodeAt(0) >= 65 && next.charCodeAt(0) <= 90; // /^[A-Z]/
    if (capital && ROLE_END.test(withoutTrailingPunctuation(words[i]!.text)) && !/^(?:of|and|&)$/i.test(next)) cut = i;
  }
  if (cut < 0) return { role: null, authority: rest, authorityStart: 0 };
  const authorityStart = words[cut + 1]!.start;
  return { role: rest.slice(0, words[cut]!.end).replace(/,$/, ''), authority: rest.slice(authorityStart), authorityStart };
}
