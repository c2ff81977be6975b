// Reads the statistics statements of every known format from the flat text and assembles the
// three key-area blocks. Statements are matched on the flat view, so hard wraps, Markdown dress and
// figures on lines of their own do not matter; every figure maps back to its exact source span.
import type { Area, Caption, ComplianceBlock, Figure, LocatedText, Overview, PeriodMention, PeriodSource, RemedyBlock, Restatement, Span, Statistics, Table, UpheldBlock } from '../model';
import type { Capture, Fact, LetterFormat, OverviewField, StatementReader } from '../formats/types';
import type { FlatText } from '../text/flatten';
import { parseNumericDate, parseWrittenDate } from '../dates';
import { keywordOccurrences, scanStatement } from './scan';
import { searchPatternOf } from './numberedPattern';

interface PlacedFact {
  at: number;
  end: number;
  fact: Fact;
}

export interface StatisticsReading {
  statistics: Statistics;
  periods: PeriodMention[];
  formats: string[];
  /** True when the text speaks of the three key areas, so figures are expected. */
  expectsStatistics: boolean;
}

/** Phrases by which a text says it reports the key statistics (found by the keyword scan, in lower case). */
const EXPECTS = ['annual statistics', 'three key statistics', 'three key areas'];

export function readStatistics(source: string, flatText: FlatText, formats: readonly LetterFormat[], headingAreas: readonly { area: Area; span: Span }[]): StatisticsReading {
  const { flat } = flatText;
  const at = (i: number): number => flatText.sourceAt(i);
  const lower = flat.toLowerCase();
  const toSpan = (start: number, end: number): Span => ({ start: at(start), end: end > start ? at(end - 1) + 1 : at(start) });

  const reader: StatementReader = {
    figure(value: Capture, noun?: Capture): Figure {
      const text = value.text;
      const numeric = text.toLowerCase() === 'n/a' ? null : Number(text.replace(/,/g, ''));
      return {
        value: numeric === null || Number.isFinite(numeric) ? numeric : null,
        text,
        span: toSpan(value.start, value.end),
        noun: noun ? { text: noun.text, span: toSpan(noun.start, noun.end), plural: /s$/i.test(noun.text) } : null,
      };
    },
    date(groups, p): Capture | null {
      const d = groups[`${p}d`];
      const m = groups[`${p}m`];
      const y = groups[`${p}y`];
      if (d && m && y) {
        const iso = parseWrittenDate(d.text, m.text, y.text);
        return iso ? { text: iso, start: d.start, end: y.end } : null;
      }
      const n = groups[`${p}n`];
      if (n) {
        const iso = parseNumericDate(n.text);
        return iso ? { text: iso, start: n.start, end: n.end } : null;
      }
      return null;
    },
    located(c: Capture): LocatedText {
      const span = toSpan(c.start, c.end);
      return { text: source.slice(span.start, span.end), span };
    },
    lineOf(at: number): Capture {
      const offset = flatText.sourceAt(Math.min(Math.max(at, 0), flat.length));
      // Searched within LINE_REACH characters either way, so that statements on one giant line (a
      // PDF export without line breaks) do not each rescan the whole line: linear time on any text.
      const lineStart = lineStartBefore(source, offset);
      const lineEnd = lineEndAfter(source, offset);
      let start = flatText.flatIndexOf(lineStart);
      let end = flatText.flatIndexOf(lineEnd);
      while (start < end && flat.charCodeAt(start) === 32) start++;
      while (end > start && flat.charCodeAt(end - 1) === 32) end--;
      return { text: flat.slice(start, end), start, end };
    },
    word(c: Capture): Capture | null {
      const n = c.text.length;
      if (n >= 2 && UPPER_CASE_LETTER.test(c.text.charAt(n - 1)) && LOWER_CASE_LETTER.test(c.text.charAt(n - 2))) {
        return { text: c.text.slice(0, -1), start: c.start, end: c.end - 1 };
      }
      return LOWER_CASE_LETTER.test(flat.charAt(c.end)) ? null : c;
    },
    textFrom(at: number, length: number): Capture {
      const start = Math.min(Math.max(at, 0), flat.length);
      const end = Math.min(flat.length, start + Math.max(0, length));
      return { text: flat.slice(start, end), start, end };
    },
  };

  const placed: PlacedFact[] = [];
  const matchedFormats = new Set<string>();
  const occurrences = keywordOccurrences(lower, formats, EXPECTS);
  for (const format of formats) {
    for (const statement of format.statements) {
      const places = occurrences.get(statement.keyword);
      if (!places) continue;
      const { names } = searchPatternOf(statement.pattern);
      for (const { match: m, offset } of scanStatement(flat, places, statement)) {
        const groups: Record<string, Capture | undefined> = {};
        const capture = (range: [number, number]): Capture => ({ text: flat.slice(offset + range[0], offset + range[1]), start: offset + range[0], end: offset + range[1] });
        if (names.length > 0) {
          // The numbered twin's groups, named back.
          for (let k = 1; k < names.length; k++) {
            const range = m.indices?.[k];
            const name = names[k];
            if (range && name) groups[name] = capture(range);
          }
        } else {
          const indices = m.indices?.groups ?? {};
          for (const name of groupNamesOf(statement.pattern, indices)) {
            const range = indices[name];
            if (range) groups[name] = capture(range);
          }
        }
        const matchStart = offset + m.index;
        const whole: Capture = { text: m[0], start: matchStart, end: matchStart + m[0].length };
        const facts = statement.read(groups, whole, reader);
        for (const fact of facts) placed.push({ at: whole.start, end: whole.end, fact });
        if (facts.some((f) => f.kind !== 'area')) matchedFormats.add(format.name);
      }
    }
  }
  // Line-level block headings also set the area (the flat text may have lost where they stand).
  for (const h of headingAreas) placed.push({ at: flatText.flatIndexOf(h.span.start), end: flatText.flatIndexOf(h.span.end), fact: { kind: 'area', area: h.area, heading: true } });
  placed.sort((a, b) => a.at - b.at || (a.fact.kind === 'area' ? -1 : 0) - (b.fact.kind === 'area' ? -1 : 0));

  const blocks = { upheld: new BlockDraft('upheld'), compliance: new BlockDraft('compliance'), remedy: new BlockDraft('remedy') };
  const overview = new OverviewDraft();
  const tables: Table[] = [];
  let authority: LocatedText | null = null;
  const periods: PeriodMention[] = [];
  let periodsEnd = 0;
  let current: Area | null = null;
  let inGlossary = false;
  for (const { at, end, fact } of placed) {
    if (fact.kind === 'glossary' || fact.kind === 'authority') inGlossary = fact.kind === 'glossary';
    else if (inGlossary) continue;
    switch (fact.kind) {
      case 'area':
        current = fact.area;
        blocks[fact.area].named();
        if (fact.heading) blocks[fact.area].markHeading(toSpan(at, end), source);
        continue;
      case 'figure': {
        const a: Area = fact.area === 'current' ? current ?? 'upheld' : fact.area;
        current = a;
        blocks[a].set(fact.field, fact.figure, fact.area === 'current');
        continue;
      }
      case 'caption':
        current = fact.area;
        blocks[fact.area].addCaption({ percent: fact.percent, authority: fact.authority, span: fact.span });
        continue;
      case 'none-due':
        current = 'compliance';
        blocks.compliance.setNoneDue(fact.text);
        continue;
      case 'overview':
        overview.set(fact.field, fact.figure);
        continue;
      case 'table':
        tables.push(fact.table);
        continue;
      case 'authority':
        authority ??= fact.authority;
        continue;
      case 'glossary':
        continue;
      case 'period':
        break;
    }
    const span = toSpan(fact.whole.start, fact.whole.end);
    // Two statements may read the same words ("… for the period between …" and a bare "Between …");
    // facts come in text order, so a repeat starts before the end of the periods already read.
    if (span.start < periodsEnd) continue;
    periodsEnd = span.end;
    const area: PeriodSource = fact.area === 'current' ? current ?? 'upheld' : fact.area;
    const mention: PeriodMention = { source: area, start: fact.from ? fact.from.text : null, end: fact.to.text, text: source.slice(span.start, span.end), span };
    periods.push(mention);
    if (area === 'upheld' || area === 'compliance' || area === 'remedy') blocks[area].setPeriod(mention);
    else if (area === 'overview') overview.setPeriod(mention);
  }

  return {
    statistics: {
      upheld: blocks.upheld.upheld(),
      compliance: blocks.compliance.compliance(),
      remedy: blocks.remedy.remedy(),
      overview: overview.overview(),
      tables,
      authority,
    },
    periods,
    formats: [...matchedFormats],
    expectsStatistics: EXPECTS.some((phrase) => occurrences.has(phrase)),
  };
}

const groupNames = new WeakMap<RegExp, string[]>();

/**
 * A pattern's group names, read once from its first match: every match of a pattern has the same
 * groups, and Object.entries on each match's index object was a tenth of the engine's time.
 */
function groupNamesOf(pattern: RegExp, indices: Record<string, unknown>): string[] {
  let names = groupNames.get(pattern);
  if (!names) {
    names = Object.keys(indices);
    groupNames.set(pattern, names);
  }
  return names;
}

const LOWER_CASE_LETTER = /^\p{Ll}$/u;
const UPPER_CASE_LETTER = /^\p{Lu}$/u;

/** Where the source line holding `offset` ends (before its line break). */
/** Farther than any line a statement reads (a council's name is at most 100 characters). */
const LINE_REACH = 1000;

function lineEndAfter(source: string, offset: number): number {
  const limit = Math.min(source.length, offset + LINE_REACH);
  const window = source.slice(offset, limit);
  const lf = window.indexOf('\n');
  const cr = window.indexOf('\r');
  if (lf < 0) return cr < 0 ? limit : offset + cr;
  return offset + (cr < 0 ? lf : Math.min(lf, cr));
}

function lineStartBefore(source: string, offset: number): number {
  const from = Math.max(0, offset - LINE_REACH);
  const window = source.slice(from, offset);
  return from + Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1;
}


/**
 * Restatements (issue 20): a later statement of a figure is recorded beside the first, never read in
 * its place; `withRestatements` files each under the model field that holds its first statement (so a
 * draft field the model does not keep drops out) and leaves the block as it was when there are none.
 */
type Restated = Omit<Restatement, 'field'>;
function withRestatements<B extends object>(block: B, restated: readonly Restated[]): B {
  if (restated.length === 0) return block;
  const fields = Object.entries(block);
  const restatements = restated.flatMap(({ figure, first }) => fields.filter(([, v]) => v === first).map(([field]) => ({ field, figure, first })));
  return restatements.length > 0 ? { ...block, restatements } : block;
}

/** Collects one area's figures; the first statement of each kind wins, as a reader would read it. */
class BlockDraft {
  private readonly figures = new Map<string, Figure>();
  /** Later statements of a figure already read (issue 20), in text order. */
  private readonly restated: Restated[] = [];
  /**
   * Whether the block is being stated again: its area named after its figures ("Complaints upheld"
   * in a summary), or its last statement a restatement. Only then is a statement that takes its area
   * from where it stands (an average, "based on a total of") a restatement: after the block's own
   * figures, with no heading read in between (one cut short), it may be the next block's.
   */
  private restating = false;
  private readonly captions: Caption[] = [];
  private readonly captionStarts = new Set<number>();
  private noneDue: LocatedText | null = null;
  private period: PeriodMention | null = null;
  private heading: LocatedText | null = null;
  private start = Number.POSITIVE_INFINITY;
  private end = 0;

  constructor(private readonly area: Area) {}

  markHeading(span: Span, source: string): void {
    // Only a heading that stands before the block's figures counts as its heading.
    if (this.figures.size === 0) this.heading = { text: source.slice(span.start, span.end), span };
  }

  named(): void {
    this.restating = this.figures.size > 0;
  }

  /** `positional`: the statement does not name its area; the block is the one being read. */
  set(field: string, figure: Figure, positional: boolean): void {
    const first = this.figures.get(field);
    // Issue 20: a restatement is kept for the checks; the same words read by two statements are one statement.
    if (first?.span.start === figure.span.start) return;
    if (first) {
      this.restating ||= !positional;
      if (this.restating) this.restated.push({ figure, first });
      return;
    }
    this.restating = false;
    this.figures.set(field, figure);
    this.extend(figure.noun ? { start: figure.span.start, end: Math.max(figure.span.end, figure.noun.span.end) } : figure.span);
  }

  setPeriod(period: PeriodMention): void {
    if (!this.period) this.period = period;
    this.extend(period.span);
  }

  addCaption(caption: Caption): void {
    // The same caption read by two statements is one caption.
    if (this.captionStarts.has(caption.percent.span.start)) return;
    this.captionStarts.add(caption.percent.span.start);
    this.captions.push(caption);
    this.extend(caption.span);
  }

  setNoneDue(text: LocatedText): void {
    if (this.noneDue) return;
    this.noneDue = text;
    this.extend(text.span);
  }

  private extend(span: Span): void {
    this.start = Math.min(this.start, span.start);
    this.end = Math.max(this.end, span.end);
  }

  private get(field: string): Figure | null {
    return this.figures.get(field) ?? null;
  }

  private common(): { span: Span; heading: LocatedText | null; percent: Figure | null; average: Figure | null; period: PeriodMention | null; captions: Caption[] } | null {
    if (this.figures.size === 0 && this.captions.length === 0 && !this.noneDue) return null;
    const start = this.heading && this.heading.span.start < this.start ? this.heading.span.start : this.start;
    // A block stated only by its caption has the caption's percentage (the same figure, read once).
    const percent = this.get('percent') ?? this.captions[0]?.percent ?? null;
    return { span: { start, end: this.end }, heading: this.heading, percent, average: this.get('average'), period: this.period, captions: [...this.captions] };
  }

  upheld(): UpheldBlock | null {
    const c = this.common();
    return c && withRestatements<UpheldBlock>({ area: 'upheld', ...c, decisions: this.get('decisions'), investigations: this.get('total'), rate: this.get('rate'), rateAverage: this.get('rateAverage') }, this.restated);
  }

  compliance(): ComplianceBlock | null {
    const c = this.common();
    return c && withRestatements<ComplianceBlock>({ area: 'compliance', ...c, outcomes: this.get('outcomes'), noneDue: this.noneDue }, this.restated);
  }

  remedy(): RemedyBlock | null {
    const c = this.common();
    return c && withRestatements<RemedyBlock>({ area: 'remedy', ...c, decisions: this.get('decisions'), base: this.get('total') }, this.restated);
  }

  toString(): string {
    return `BlockDraft(${this.area})`;
  }
}

/** The overview's counts; the first statement of each wins. */
class OverviewDraft {
  private readonly figures = new Map<OverviewField, Figure>();
  /** Later statements of a count already read (issue 20), in text order. */
  private readonly restated: Restated[] = [];
  private period: PeriodMention | null = null;
  private start = Number.POSITIVE_INFINITY;
  private end = 0;

  set(field: OverviewField, figure: Figure): void {
    const first = this.figures.get(field);
    if (first) {
      // Issue 20: kept for the checks; the same words read by two statements are one statement.
      if (first.span.start !== figure.span.start) this.restated.push({ figure, first });
      return;
    }
    this.figures.set(field, figure);
    this.extend(figure.noun ? { start: figure.span.start, end: Math.max(figure.span.end, figure.noun.span.end) } : figure.span);
  }

  setPeriod(period: PeriodMention): void {
    if (this.period) return;
    this.period = period;
    this.extend(period.span);
  }

  private extend(span: Span): void {
    this.start = Math.min(this.start, span.start);
    this.end = Math.max(this.end, span.end);
  }

  overview(): Overview | null {
    // "We investigated 15 complaints and upheld 11" alone opens an upheld block, not an overview.
    if (!this.figures.has('complaints') && !this.figures.has('notForUs') && !this.figures.has('assessed')) return null;
    const get = (f: OverviewField): Figure | null => this.figures.get(f) ?? null;
    return withRestatements<Overview>({
      span: { start: this.start, end: this.end },
      period: this.period,
      complaints: get('complaints'),
      notForUs: get('notForUs'),
      assessed: get('assessed'),
      investigated: get('investigated'),
    }, this.restated);
  }
}
