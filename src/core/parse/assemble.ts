// Assembles the facts the statements read, in text order, into the three key-area blocks, the
// overview, the tables and the periods. A fact that names its area goes to that area; one that does
// not ("based on a total of …") goes to the block being read; an average goes to the area of the
// statement it follows, and only when that statement was recognised (issue 11): "In all cases … .
// This compares to an average of 99%" after an unread sentence is no area's average.
import type { Area, LocatedText, PeriodMention, PeriodSource, Span, Statistics, Table } from '../model';
import type { Fact } from '../formats/types';
import { BlockDraft, OverviewDraft } from './drafts';
import type { Scope } from './scope';

export interface PlacedFact {
  /** Flat indices of the statement that read the fact. */
  at: number;
  end: number;
  fact: Fact;
  /** Whose figure the statement's sentence states (figures and overview counts only). */
  scope?: Scope;
  /** Set when the scope says the figure is another council's, another year's or the country's. */
  others?: boolean;
}

/** The statement an average may follow: its area (null for one of no area) and where it ends (flat). */
interface Anchor {
  area: Area | null;
  end: number;
  /** A heading names an area and states nothing: an average belongs to it only in the same sentence. */
  heading: boolean;
}

/** How far after the statement it follows an average may start: the rest of a sentence and "This". */
const AVERAGE_REACH = 400;

/** Sentence ends in a stretch of flat text: ".", "!" or "?" before a space, a capital or the end ("upheld.This"). */
function sentenceEnds(text: string): number {
  let ends = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const next = text.charCodeAt(i + 1);
    if (Number.isNaN(next) || next === 32 || (next >= 65 && next <= 90)) ends++;
  }
  return ends;
}

export class Assembler {
  private readonly blocks = { upheld: new BlockDraft('upheld'), compliance: new BlockDraft('compliance'), remedy: new BlockDraft('remedy') };
  private readonly overview = new OverviewDraft();
  private readonly tables: Table[] = [];
  private authority: LocatedText | null = null;
  readonly periods: PeriodMention[] = [];
  private periodsEnd = 0;
  /** The block being read: where a fact that does not name its area goes. */
  private current: Area | null = null;
  private anchor: Anchor | null = null;
  private inGlossary = false;

  constructor(
    private readonly source: string,
    private readonly flat: string,
    private readonly toSpan: (start: number, end: number) => Span,
  ) {}

  add({ at, end, fact, others }: PlacedFact): void {
    // Another's figure is read as a statement (an average after it is its average) and then left out.
    if (others) {
      if (fact.kind === 'period') return; // a period is no statement an average follows
      this.anchor = { area: null, end, heading: false };
      return;
    }
    if (fact.kind === 'glossary' || (fact.kind === 'authority' && fact.startsPage)) this.inGlossary = fact.kind === 'glossary';
    else if (this.inGlossary) return;
    if (fact.kind === 'figure') return this.addFigure(fact, at, end);
    if (fact.kind === 'period') return this.addPeriod(fact);
    if (fact.kind !== 'area') this.anchor = { area: null, end, heading: false };
    switch (fact.kind) {
      case 'area':
        this.current = fact.area;
        this.anchor = { area: fact.area, end, heading: true };
        this.blocks[fact.area].named();
        if (fact.heading) this.blocks[fact.area].markHeading(this.toSpan(at, end), this.source);
        return;
      case 'caption':
        this.current = fact.area;
        this.anchor = { area: fact.area, end, heading: false };
        this.blocks[fact.area].addCaption({ percent: fact.percent, authority: fact.authority, span: fact.span });
        return;
      case 'none-due':
        this.current = 'compliance';
        this.anchor = { area: 'compliance', end, heading: false };
        this.blocks.compliance.setNoneDue(fact.text);
        return;
      case 'overview':
        this.overview.set(fact.field, fact.figure);
        return;
      case 'table':
        this.tables.push(fact.table);
        return;
      case 'authority':
        if (!this.authority || fact.authority.span.start < this.authority.span.start) this.authority = fact.authority;
        return;
      case 'glossary':
        return;
    }
  }

  private addFigure(fact: Extract<Fact, { kind: 'figure' }>, at: number, end: number): void {
    let area: Area | null;
    if (fact.area !== 'current') area = fact.area;
    else if (fact.field === 'average') area = this.averageArea(at);
    else area = this.current ?? 'upheld';
    this.anchor = { area, end, heading: false };
    if (area === null) return;
    this.current = area;
    this.blocks[area].set(fact.field, fact.figure, fact.area === 'current');
  }

  /**
   * The area of the statement an average at flat index `at` follows: the last statement read, when
   * nothing but the rest of its sentence lies between them (a heading: nothing but its own sentence's
   * words, "Complaints upheld: this compares to …"). Else null: the statement before was not read.
   */
  private averageArea(at: number): Area | null {
    const anchor = this.anchor;
    if (!anchor || anchor.area === null || anchor.end > at || at - anchor.end > AVERAGE_REACH) return null;
    return sentenceEnds(this.flat.slice(anchor.end, at)) <= (anchor.heading ? 0 : 1) ? anchor.area : null;
  }

  private addPeriod(fact: Extract<Fact, { kind: 'period' }>): void {
    const span = this.toSpan(fact.whole.start, fact.whole.end);
    // Two statements may read the same words ("… for the period between …" and a bare "Between …");
    // facts come in text order, so a repeat starts before the end of the periods already read.
    if (span.start < this.periodsEnd) return;
    this.periodsEnd = span.end;
    const area: PeriodSource = fact.area === 'current' ? this.current ?? 'upheld' : fact.area;
    const mention: PeriodMention = { source: area, start: fact.from ? fact.from.text : null, end: fact.to.text, text: this.source.slice(span.start, span.end), span };
    this.periods.push(mention);
    if (area === 'upheld' || area === 'compliance' || area === 'remedy') this.blocks[area].setPeriod(mention);
    else if (area === 'overview') this.overview.setPeriod(mention);
  }

  statistics(): Statistics {
    const { blocks } = this;
    return {
      upheld: blocks.upheld.upheld(),
      compliance: blocks.compliance.compliance(),
      remedy: blocks.remedy.remedy(),
      overview: this.overview.overview(),
      tables: this.tables,
      authority: this.authority,
    };
  }
}
