/**
 * A small inline bar for a numeric cell, so differences show before they are read. Bars share a scale
 * only with values of the same unit: yuan and dollars are never drawn against each other.
 */
import type { Cell } from '../data/compare';
import { svg } from '../shared/dom';

const WIDTH = 100;
const HEIGHT = 8;

/** Each numeric cell's share (0..1) of the largest value in its unit; undefined for non-numbers. */
export function barShares(cells: readonly Cell[]): (number | undefined)[] {
  const max = new Map<string, number>();
  for (const c of cells) if (c.type === 'number') max.set(c.unit, Math.max(max.get(c.unit) ?? 0, c.value));
  return cells.map((c) => (c.type === 'number' && (max.get(c.unit) ?? 0) > 0 ? c.value / max.get(c.unit)! : undefined));
}

/** Decorative: the number beside it carries the meaning, so it is hidden from assistive tech. */
export function barChart(share: number, marked: boolean): SVGElement {
  // Stretches to the cell's width (CSS caps it), so narrow popup columns never overflow.
  const root = svg('svg', {
    class: 'bar',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  root.append(svg('rect', { class: 'bar-track', x: 0, y: 0, width: WIDTH, height: HEIGHT, rx: 2 }));
  root.append(
    svg('rect', {
      class: marked ? 'bar-fill bar-marked' : 'bar-fill',
      x: 0,
      y: 0,
      width: Math.max(2, share * WIDTH),
      height: HEIGHT,
      rx: 2,
    }),
  );
  return root;
}
