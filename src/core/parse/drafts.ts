// The drafts the statements' facts are gathered into, one per key area and one for the 2024-25
// overview: the first statement of each figure wins, as a reader would read it, and later statements
// of it are kept as restatements for the checks (issue 20).
import type { Area, Caption, ComplianceBlock, Figure, LocatedText, Overview, PeriodMention, RemedyBlock, Restatement, Span, UpheldBlock } from '../model';
import type { OverviewField } from '../formats/types';

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
export class BlockDraft {
  private readonly figures = new Map<string, Figure>();
  /** Later statements of a figure already read (issue 20), in text order. */
  private readonly restated: Restated[] = [];
  /** Where the restatements start: the same words read by two statements are one restatement. */
  private readonly restatedStarts = new Set<number>();
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
      if (this.restating && !this.restatedStarts.has(figure.span.start)) {
        this.restatedStarts.add(figure.span.start);
        this.restated.push({ figure, first });
      }
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
export class OverviewDraft {
  private readonly figures = new Map<OverviewField, Figure>();
  /** Later statements of a count already read (issue 20), in text order. */
  private readonly restated: Restated[] = [];
  /** Where the restatements start (a set: a text of thousands of overview sentences stays linear). */
  private readonly restatedStarts = new Set<number>();
  private period: PeriodMention | null = null;
  private start = Number.POSITIVE_INFINITY;
  private end = 0;

  set(field: OverviewField, figure: Figure): void {
    const first = this.figures.get(field);
    if (first) {
      // Issue 20: kept for the checks; the same words read by two statements are one statement.
      if (first.span.start !== figure.span.start && !this.restatedStarts.has(figure.span.start)) {
        this.restatedStarts.add(figure.span.start);
        this.restated.push({ figure, first });
      }
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
