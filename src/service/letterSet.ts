// The checks over letters read together (averages-disagree, official-mismatch; src/core/crossChecks),
// as the letter service runs them over the letters it shows: after Check All Letters or the folder
// summary read a folder, every letter shown is one of the set; before that, only the official figures
// (when a file of them is named) are compared, letter by letter. Each letter's rule levels and ignore
// list apply to these findings as to its own. Host-neutral: no vscode, no Node.
import { checkLetterSet, CROSS_RULES } from '../core/crossChecks';
import type { CrossRule, LetterInSet } from '../core/crossChecks';
import type { OfficialFigures } from '../core/official/officialFigures';
import { LineIndex } from '../core';
import type { Finding, Severity } from '../core';
import { ignoredCodes } from './ignoreList';
import type { CheckedReview, LetterReview } from './review';
import type { LetterReviewSettings } from './settings';

export interface SetHost {
  settingsFor(uri: string): LetterReviewSettings;
  relativePath(uri: string): string;
}

/** The official figures as read, with the text they were read from (to place related locations). */
export interface OfficialTable {
  table: OfficialFigures;
  text: string;
}

/** What the set needs of the letter service. */
export interface LetterSetHost extends SetHost {
  /** The reviews shown, before the set's findings are added. */
  shown(): Iterable<LetterReview>;
  /** The review shown for `uri` changed (its set findings did). */
  changed(uri: string): void;
}

interface Added {
  /** The review the findings were found on; a newer review of the letter waits for the next run. */
  base: CheckedReview;
  findings: Finding[];
  merged: CheckedReview;
}

export class LetterSet {
  private readonly added = new Map<string, Added>();
  private official: (OfficialTable & { lines?: LineIndex }) | null = null;
  /** A folder was read: every letter shown is one of the set. */
  private together = false;
  private reading = 0;
  private pending = false;

  constructor(private readonly host: LetterSetHost) {}

  /** The review as the views show it: with the set's findings, when they were found on this very review. */
  withFindings(review: LetterReview): LetterReview {
    const added = this.added.get(review.uri);
    return added && added.base === review ? added.merged : review;
  }

  setOfficial(official: OfficialTable | null): void {
    this.official = official;
    this.run();
  }

  officialLines(file: string): LineIndex | undefined {
    if (!this.official || this.official.table.source.file !== file) return undefined;
    this.official.lines ??= new LineIndex(this.official.text);
    return this.official.lines;
  }

  /** Reads a folder: the letters become a set, checked once when the reading ends (not once per letter). */
  async whileReading<T>(read: () => Promise<T>): Promise<T> {
    this.together = true;
    this.reading++;
    try {
      return await read();
    } finally {
      this.reading--;
      this.run();
    }
  }

  /** A letter's review changed or went: the set is checked again once the current task is done. */
  schedule(): void {
    if (this.reading > 0 || this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (this.reading === 0) this.run();
    });
  }

  /** Checks the set now; the views are told of each letter whose set findings changed. */
  run(): void {
    const checked = [...this.host.shown()].filter((r): r is CheckedReview => r.kind === 'checked');
    const found = setFindings(checked, this.official?.table ?? null, this.together, this.host);
    const bases = new Map(checked.map((r) => [r.uri, r]));
    for (const uri of new Set([...this.added.keys(), ...found.keys()])) {
      const before = this.added.get(uri);
      const findings = found.get(uri);
      const base = bases.get(uri);
      if (!findings || !base) {
        if (before && this.added.delete(uri)) this.host.changed(uri);
        continue;
      }
      if (before && before.base === base && sameFindings(before.findings, findings)) continue;
      this.added.set(uri, { base, findings, merged: withSetFindings(base, findings) });
      this.host.changed(uri);
    }
  }
}

const OFFICIAL_ONLY: readonly CrossRule[] = CROSS_RULES.filter((r) => r.meta.code === 'official-mismatch');

/**
 * Per URI, the findings the set gives the letter (only letters with some are listed). `together`: the
 * letters were read together (a folder check), so every rule runs; otherwise only official-mismatch.
 */
export function setFindings(reviews: readonly CheckedReview[], official: OfficialFigures | null, together: boolean, host: SetHost): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const ruleSet = together ? CROSS_RULES : OFFICIAL_ONLY;
  if (reviews.length === 0 || (!together && !official)) return out;
  const letters: LetterInSet[] = reviews.map((r) => ({ file: r.uri, letter: r.letter, text: r.text }));
  const found = checkLetterSet(letters, { official, ruleSet });
  found.forEach((findings, i) => {
    if (findings.length === 0) return;
    const review = reviews[i]!;
    const kept = applyLevels(findings, host.settingsFor(review.uri), host.relativePath(review.uri));
    if (kept.length > 0) out.set(review.uri, kept);
  });
  return out;
}

/** The letter's `letterReview.rules` levels and `letterReview.ignore` codes, as its own findings get them. */
function applyLevels(findings: readonly Finding[], settings: LetterReviewSettings, relativePath: string): Finding[] {
  const ignored = new Set(ignoredCodes(settings.ignore, relativePath));
  const out: Finding[] = [];
  for (const f of findings) {
    const level = settings.rules[f.code];
    if (level === 'off' || ignored.has(f.code)) continue;
    out.push(level ? { ...f, severity: level as Severity } : f);
  }
  return out;
}

/** Whether two lists of findings say the same (so the views need not be told). */
export function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[] | undefined): boolean {
  if ((a?.length ?? 0) !== (b?.length ?? 0)) return false;
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** The review with the set's findings added after its own, in the order of their place in the letter. */
export function withSetFindings(review: CheckedReview, extra: readonly Finding[]): CheckedReview {
  const findings = [...review.findings, ...extra].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  const counts: Record<Severity, number> = { ...review.counts };
  for (const f of extra) counts[f.severity]++;
  return { ...review, findings, counts };
}
