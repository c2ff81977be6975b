// Small inline SVG icons drawn from fixed shapes (no icon font to ship). They take the text colour
// (currentColor), so they follow every theme, and are hidden from screen readers (the buttons have names).
import { svg } from './dom';

export type IconName = 'lock' | 'unlock' | 'copy' | 'save' | 'error' | 'warning' | 'information' | 'hint' | 'check';

const SHAPES: Record<IconName, () => SVGElement[]> = {
  lock: () => [
    svg('rect', { x: 3, y: 7, width: 10, height: 7, rx: 1, fill: 'currentColor' }),
    svg('path', { d: 'M5 7V5a3 3 0 0 1 6 0v2', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
  ],
  unlock: () => [
    svg('rect', { x: 3, y: 7, width: 10, height: 7, rx: 1, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }),
    svg('path', { d: 'M5 7V5a3 3 0 0 1 5.8-1', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
  ],
  copy: () => [
    svg('rect', { x: 5, y: 5, width: 8.5, height: 9.5, rx: 1, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }),
    svg('path', { d: 'M3 11V2.5A.5.5 0 0 1 3.5 2H10', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }),
  ],
  save: () => [
    svg('path', { d: 'M2.5 2.5h9l2 2v9h-11z', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2, 'stroke-linejoin': 'round' }),
    svg('rect', { x: 5, y: 2.5, width: 5, height: 3.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }),
    svg('rect', { x: 4.5, y: 9, width: 7, height: 4.5, fill: 'currentColor' }),
  ],
  error: () => [
    svg('circle', { cx: 8, cy: 8, r: 6.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
    svg('path', { d: 'M5.5 5.5l5 5M10.5 5.5l-5 5', stroke: 'currentColor', 'stroke-width': 1.5 }),
  ],
  warning: () => [
    svg('path', { d: 'M8 1.8L15 14H1z', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.4, 'stroke-linejoin': 'round' }),
    svg('path', { d: 'M8 6v4M8 11.4v1.4', stroke: 'currentColor', 'stroke-width': 1.5 }),
  ],
  information: () => [
    svg('circle', { cx: 8, cy: 8, r: 6.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
    svg('path', { d: 'M8 7v5M8 4.2v1.6', stroke: 'currentColor', 'stroke-width': 1.6 }),
  ],
  hint: () => [
    svg('path', { d: 'M5 10.5a4.5 4.5 0 1 1 6 0V12H5z', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.3, 'stroke-linejoin': 'round' }),
    svg('path', { d: 'M6 14h4', stroke: 'currentColor', 'stroke-width': 1.3 }),
  ],
  check: () => [svg('path', { d: 'M2.5 8.5l3.5 3.5 7.5-8', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8 })],
};

export function icon(name: IconName): SVGSVGElement {
  return svg('svg', { class: `icon icon-${name}`, viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', focusable: 'false' }, ...SHAPES[name]());
}
