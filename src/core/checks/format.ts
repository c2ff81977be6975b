// Wording shared by check messages, so every message states its numbers the same way.
import { figureDefinition, type FigureDefinition, type FigureId } from '../figures';
import type { Figure, Span } from '../model';

/** "33.3" for 33.333…, "50" for 50. */
export function percentText(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)}%`;
}

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** What a count counts, as the figure registry names it, in the number `n` asks for ("upheld decision", "upheld decisions"). */
export function unitOf(which: FigureDefinition | FigureId, n: number): string {
  const unit = (typeof which === 'string' ? figureDefinition(which) : which).unit ?? '';
  return n === 1 ? unit : `${unit}s`;
}

/** "3 upheld decisions": a count of a figure, in its unit. */
export function countOfFigure(which: FigureDefinition | FigureId, n: number): string {
  return `${n} ${unitOf(which, n)}`;
}

/** Whether a printed whole-number percentage can be `numerator/denominator` rounded (±0.5, no more). */
export function roundsTo(percent: number, numerator: number, denominator: number): boolean {
  // Compare in integers: |percent - 100·n/d| ≤ 0.5  ⇔  |2·percent·d - 200·n| ≤ d.
  return Math.abs(2 * percent * denominator - 200 * numerator) <= denominator + 1e-9 * denominator;
}

/**
 * A finding on a printed percentage, offering to change it to `whole`% (the value its counts give)
 * where it is printed as a number: "In all cases" (100%) is no number to replace.
 */
export function onPercent(percent: Figure & { value: number }, message: string, related: { message: string; span: Span }[], whole: number) {
  const fix = /^\d/.test(percent.text) ? { title: `Change ${percentText(percent.value)} to ${whole}%`, span: percent.span, newText: String(whole) } : null;
  return { message, span: percent.span, related, fix };
}

export function figureLabel(f: Figure): string {
  return f.noun ? `${f.text} ${f.noun.text}` : f.text;
}

export { isNumber } from '../figures';
