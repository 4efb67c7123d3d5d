/** Geometry the layout tests check drawings with: boxes, orthogonal segments, borders. */
import type { Box } from '../../src/maps/flowchart/layout.ts';

export const EPSILON = 0.5;
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - EPSILON &&
  inner.y >= outer.y - EPSILON &&
  inner.x + inner.width <= outer.x + outer.width + EPSILON &&
  inner.y + inner.height <= outer.y + outer.height + EPSILON;
export const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - EPSILON &&
  b.x < a.x + a.width - EPSILON &&
  a.y < b.y + b.height - EPSILON &&
  b.y < a.y + a.height - EPSILON;
/** Does the axis-parallel segment a–b pass through the inside of `box` (its border excluded)? */
export function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return (
    x2 > box.x + EPSILON &&
    x1 < box.x + box.width - EPSILON &&
    y2 > box.y + EPSILON &&
    y1 < box.y + box.height - EPSILON
  );
}
export const onBorder = (point: { x: number; y: number }, box: Box) =>
  point.x >= box.x - EPSILON &&
  point.x <= box.x + box.width + EPSILON &&
  point.y >= box.y - EPSILON &&
  point.y <= box.y + box.height + EPSILON &&
  (Math.abs(point.y - box.y) < EPSILON ||
    Math.abs(point.y - box.y - box.height) < EPSILON ||
    Math.abs(point.x - box.x) < EPSILON ||
    Math.abs(point.x - box.x - box.width) < EPSILON);
