// The figures a table of official figures may give, by the name of their column in the project's CSV
// (upheld_percent, …): the `metric` column of a long-form file, and where each figure stands in a letter.
import type { Area, Figure, Letter } from '../model';

export interface OfficialMetric {
  /** The CSV column name, as the `metric` column writes it. */
  name: string;
  area: Area;
  /** The field of the area's block in the letter model. */
  key: string;
  /** Percentages and averages are printed whole, so they agree within the ± 0.5 of rounding; counts must be equal. */
  kind: 'percent' | 'average' | 'count';
}

export const OFFICIAL_METRICS: readonly OfficialMetric[] = [
  { name: 'upheld_percent', area: 'upheld', key: 'percent', kind: 'percent' },
  { name: 'upheld_average', area: 'upheld', key: 'average', kind: 'average' },
  { name: 'upheld_decisions', area: 'upheld', key: 'decisions', kind: 'count' },
  { name: 'detailed_investigations', area: 'upheld', key: 'investigations', kind: 'count' },
  { name: 'compliance_percent', area: 'compliance', key: 'percent', kind: 'percent' },
  { name: 'compliance_average', area: 'compliance', key: 'average', kind: 'average' },
  { name: 'compliance_outcomes', area: 'compliance', key: 'outcomes', kind: 'count' },
  { name: 'remedy_percent', area: 'remedy', key: 'percent', kind: 'percent' },
  { name: 'remedy_average', area: 'remedy', key: 'average', kind: 'average' },
  { name: 'remedy_decisions', area: 'remedy', key: 'decisions', kind: 'count' },
];

const BY_NAME = new Map(OFFICIAL_METRICS.map((m) => [m.name, m]));

/** The metric a `metric` cell names (any case, surrounding spaces ignored), or undefined. */
export function officialMetric(name: string): OfficialMetric | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

/** How a message names the figure: "upheld", "upheld average", "detailed investigations". */
export function metricLabel(metric: OfficialMetric): string {
  return metric.name.replace(/_percent$/, '').replace(/_/g, ' ');
}

/** The letter's figure for the metric, when it prints one. */
export function letterFigure(letter: Letter, metric: OfficialMetric): Figure | null {
  const block = letter.statistics[metric.area] as unknown as Record<string, Figure | null | undefined> | null;
  return block?.[metric.key] ?? null;
}
