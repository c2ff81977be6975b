// The figures a table of official figures may give, by the name of their column in the project's CSV
// (upheld_percent, …): the `metric` column of a long-form file, and where each figure stands in a letter.
import { FIGURES, figureIn } from '../figures';
import type { FigureId } from '../figures';
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

/** The figures every stated area carries, from the figure registry (src/core/figures.ts), by their CSV column. */
export const OFFICIAL_METRICS: readonly OfficialMetric[] = FIGURES.filter((f) => f.required !== null && f.csvColumn !== null).map((f) => ({
  name: f.csvColumn!,
  area: f.area as Area,
  key: f.key,
  kind: f.kind as OfficialMetric['kind'],
}));

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
  return figureIn(letter, `${metric.area}.${metric.key}` as FigureId);
}
