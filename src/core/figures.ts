// The figure registry: every figure a letter states, described once. Its area, its labels, its kind,
// where it stands in the CLI's JSON and the CSV, and what it is a share of. The CLI JSON, the CSV,
// the statistics panel, the hover, the outline and the checks all read these definitions.
// Adding a figure: its format file reads it into the model, one entry here, and the grammar.
// (The tables of letters before 2019-20 are read column by column, by their own keys: see model.ts.)
import type { Area, ComplianceBlock, Figure, LocatedText, Letter, Overview, RemedyBlock, UpheldBlock } from './model';

export type FigureKind = 'percent' | 'average' | 'count' | 'rate';
export type FigureArea = Area | 'overview';

/** The fields of a block that hold a figure. */
type FigureFields<T> = { [K in keyof T]-?: NonNullable<T[K]> extends Figure ? (Figure extends NonNullable<T[K]> ? K : never) : never }[keyof T];
interface BlockOf {
  upheld: UpheldBlock;
  compliance: ComplianceBlock;
  remedy: RemedyBlock;
  overview: Overview;
}
export type FigureId = { [A in FigureArea]: `${A}.${FigureFields<BlockOf[A]> & string}` }[FigureArea];

export interface FigureDefinition {
  id: FigureId;
  area: FigureArea;
  /** The field of the area's block in the letter model, and its key in the CLI's JSON. */
  key: string;
  kind: FigureKind;
  /** What the figure is, as the hover titles it ("Upheld decisions"). */
  label: string;
  /** The figure's name under its block in the outline ("Upheld"). */
  outlineLabel: string;
  /** How a sentence names it ("the number of upheld decisions"); set for the figures a stated area must carry. */
  required: string | null;
  /** What a count counts, in the singular ("upheld decision"); null for other kinds. */
  unit: string | null;
  /** Where the CLI's JSON (`--format json`, one element) puts its value. */
  jsonPath: string;
  /** Its column in the CSV export; null when the CSV has none. */
  csvColumn: string | null;
  /** For a percentage: the count it is a share of. The first of these the letter states as a number is used. */
  base: readonly FigureId[];
  /** `base`, as definitions. */
  readonly baseDefinitions: readonly FigureDefinition[];
  /** For a percentage: the count that is that share, when the letter states it. */
  part: FigureId | null;
  /** The JSON value when the letter states no figure (otherwise null). */
  whenNotStated: ((letter: Letter) => number | null) | null;
}

export interface AreaDefinition {
  area: Area;
  /** "Complaints upheld": headings of the outline, the hover and messages. */
  title: string;
  /** The statistics panel's card title (the remedy card reads as the letter's own heading does). */
  panelTitle: string;
  /** "satisfactory remedy": as in "the satisfactory remedy percentage". */
  adjective: string;
  /** "Remedy": where space is short (the status bar). */
  short: string;
}

export const AREA_DEFINITIONS: readonly AreaDefinition[] = [
  { area: 'upheld', title: 'Complaints upheld', panelTitle: 'Complaints upheld', adjective: 'upheld', short: 'Upheld' },
  { area: 'compliance', title: 'Compliance with recommendations', panelTitle: 'Compliance with recommendations', adjective: 'compliance', short: 'Compliance' },
  { area: 'remedy', title: 'Satisfactory remedies', panelTitle: 'Satisfactory remedy provided', adjective: 'satisfactory remedy', short: 'Remedy' },
];

/** The three key areas, in the order letters state them. */
export const AREAS: readonly Area[] = AREA_DEFINITIONS.map((a) => a.area);

export function areaDefinition(area: Area): AreaDefinition {
  return AREA_DEFINITIONS.find((a) => a.area === area)!;
}

type Described = Pick<FigureDefinition, 'kind' | 'label' | 'outlineLabel'> & Partial<Pick<FigureDefinition, 'required' | 'unit' | 'csvColumn' | 'base' | 'part' | 'whenNotStated'>>;

function figure<A extends FigureArea>(area: A, key: FigureFields<BlockOf[A]> & string, d: Described): FigureDefinition {
  // Every definition has the same properties in the same order: one shape for the engine to read.
  return {
    id: `${area}.${key}` as FigureId,
    area,
    key,
    kind: d.kind,
    label: d.label,
    outlineLabel: d.outlineLabel,
    required: d.required ?? null,
    unit: d.unit ?? null,
    jsonPath: `statistics.${area}.${key}`,
    csvColumn: d.csvColumn ?? null,
    base: d.base ?? [],
    baseDefinitions: [],
    part: d.part ?? null,
    whenNotStated: d.whenNotStated ?? null,
  };
}

const AVERAGE = { outlineLabel: 'Similar authorities', required: 'the similar-authorities average' } as const;

/** Every figure, in the order of the CLI's JSON keys and the CSV's columns. */
export const FIGURES: readonly FigureDefinition[] = [
  figure('upheld', 'percent', {
    kind: 'percent', label: 'Complaints upheld', outlineLabel: 'Upheld', required: 'the upheld percentage', csvColumn: 'upheld_percent',
    part: 'upheld.decisions', base: ['upheld.investigations'],
  }),
  figure('upheld', 'average', { kind: 'average', label: 'Similar authorities\' average for complaints upheld', ...AVERAGE, csvColumn: 'upheld_average' }),
  figure('upheld', 'decisions', {
    kind: 'count', label: 'Upheld decisions', outlineLabel: 'Upheld decisions', required: 'the number of upheld decisions', unit: 'upheld decision', csvColumn: 'upheld_decisions',
  }),
  figure('upheld', 'investigations', {
    kind: 'count', label: 'Detailed investigations', outlineLabel: 'Detailed investigations', required: 'the number of detailed investigations', unit: 'detailed investigation',
    csvColumn: 'detailed_investigations',
  }),
  figure('upheld', 'rate', { kind: 'rate', label: 'Upheld decisions per 100,000 residents', outlineLabel: 'Upheld per 100,000 residents', csvColumn: 'upheld_rate_per_100k' }),
  figure('upheld', 'rateAverage', {
    kind: 'rate', label: 'Average upheld decisions per 100,000 residents for similar authorities', outlineLabel: 'Similar authorities per 100,000 residents', csvColumn: 'upheld_rate_average',
  }),
  figure('compliance', 'percent', {
    kind: 'percent', label: 'Compliance with recommendations', outlineLabel: 'Compliance', required: 'the compliance percentage', csvColumn: 'compliance_percent',
    base: ['compliance.outcomes'],
  }),
  figure('compliance', 'average', { kind: 'average', label: 'Similar authorities\' average for compliance', ...AVERAGE, csvColumn: 'compliance_average' }),
  figure('compliance', 'outcomes', {
    kind: 'count', label: 'Compliance outcomes', outlineLabel: 'Compliance outcomes', required: 'the number of compliance outcomes', unit: 'compliance outcome', csvColumn: 'compliance_outcomes',
    // "No recommendations were due for compliance in this period": no outcome to count.
    whenNotStated: (letter) => (letter.statistics.compliance?.noneDue ? 0 : null),
  }),
  figure('remedy', 'percent', {
    kind: 'percent', label: 'Satisfactory remedies', outlineLabel: 'Satisfactory remedies', required: 'the satisfactory-remedy percentage', csvColumn: 'remedy_percent',
    // The share of upheld cases, whatever the remedy block calls its total: that total only stands in
    // when the letter does not state the upheld decisions.
    part: 'remedy.decisions', base: ['upheld.decisions', 'remedy.base'],
  }),
  figure('remedy', 'average', { kind: 'average', label: 'Similar authorities\' average for satisfactory remedies', ...AVERAGE, csvColumn: 'remedy_average' }),
  figure('remedy', 'decisions', {
    kind: 'count', label: 'Satisfactory remedy decisions', outlineLabel: 'Satisfactory remedy decisions', required: 'the number of satisfactory remedy decisions',
    unit: 'satisfactory remedy decision', csvColumn: 'remedy_decisions',
  }),
  figure('remedy', 'base', { kind: 'count', label: 'Total the remedy percentage is based on', outlineLabel: 'Based on', unit: 'upheld decision', csvColumn: 'remedy_base' }),
  figure('overview', 'complaints', { kind: 'count', label: 'Complaints dealt with', outlineLabel: 'Complaints dealt with' }),
  figure('overview', 'notForUs', { kind: 'count', label: 'Not for us or not ready for us to investigate', outlineLabel: 'Not for us or not ready' }),
  figure('overview', 'assessed', { kind: 'count', label: 'Assessed and closed', outlineLabel: 'Assessed and closed' }),
  figure('overview', 'investigated', { kind: 'count', label: 'Investigated', outlineLabel: 'Investigated' }),
];

const BY_ID = new Map<string, FigureDefinition>(FIGURES.map((f) => [f.id, f]));
for (const f of FIGURES) (f as { baseDefinitions: readonly FigureDefinition[] }).baseDefinitions = f.base.map((id) => BY_ID.get(id)!);
const BY_AREA = new Map<FigureArea, readonly FigureDefinition[]>();
for (const f of FIGURES) BY_AREA.set(f.area, [...(BY_AREA.get(f.area) ?? []), f]);

export function figureDefinition(id: FigureId): FigureDefinition {
  return BY_ID.get(id)!;
}

/** The figures of one area, in registry order. */
export function figuresOf(area: FigureArea): readonly FigureDefinition[] {
  return BY_AREA.get(area) ?? [];
}

/** The figure the letter states for a definition (or its id), if any. */
export function figureIn(letter: Letter, which: FigureDefinition | FigureId): Figure | null {
  const def = typeof which === 'string' ? figureDefinition(which) : which;
  const block = letter.statistics[def.area] as unknown as Record<string, Figure | null | undefined> | null | undefined;
  return block?.[def.key] ?? null;
}

/** The figure's value as the CLI's JSON and the CSV give it: null when not stated or printed "n/a". */
export function figureValue(letter: Letter, def: FigureDefinition): number | null {
  return valueOf(figureIn(letter, def), letter, def);
}

/** figureValue for a figure already read (`f`: what the letter states for `def`, if anything). */
export function valueOf(f: Figure | null | undefined, letter: Letter, def: FigureDefinition): number | null {
  return f ? f.value : (def.whenNotStated?.(letter) ?? null);
}

/** A figure with a finite number (not "n/a"). */
export function isNumber(f: Figure | null | undefined): f is Figure & { value: number } {
  return !!f && f.value !== null && Number.isFinite(f.value);
}

/**
 * What a percentage is a share of: the first of its base figures the letter states as a number.
 * For the satisfactory-remedy percentage, the upheld decisions, else the remedy block's own total.
 */
export function baseOf(letter: Letter, which: FigureDefinition | FigureId): (Figure & { value: number }) | null {
  const def = typeof which === 'string' ? figureDefinition(which) : which;
  for (const base of def.baseDefinitions) {
    const f = figureIn(letter, base);
    if (isNumber(f)) return f;
  }
  return null;
}

/**
 * The council the letter is about: the one it is addressed to, else (a statistics text has no
 * addressee) the one its statistics footer, heading or captions name.
 */
export function councilOf(letter: Letter): LocatedText | null {
  const { upheld, compliance, remedy } = letter.statistics;
  return letter.addressee?.authority ?? letter.footers[0]?.authority ?? letter.statistics.authority
    ?? [upheld, compliance, remedy].flatMap((b) => b?.captions ?? []).find((c) => c.authority)?.authority ?? null;
}
