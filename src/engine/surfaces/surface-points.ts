/** Points on a loss surface: stationary points by Newton's method, and the nearest known minimum. */
import type { Minimum, Surface, Vec2 } from './surfaces';

/**
 * Newton's method for grad = 0, with the Hessian from central differences of the
 * analytic gradient. Only used at build time from a good guess (a well centre).
 */
export function newtonStationary(grad: (x: number, y: number) => Vec2, guess: Vec2, iterations = 50): Vec2 {
  let [x, y] = guess;
  const h = 1e-5;
  for (let k = 0; k < iterations; k++) {
    const [gx, gy] = grad(x, y);
    if (Math.hypot(gx, gy) < 1e-14) break;
    const [gxpx, gypx] = grad(x + h, y);
    const [gxmx, gymx] = grad(x - h, y);
    const [gxpy, gypy] = grad(x, y + h);
    const [gxmy, gymy] = grad(x, y - h);
    const a = (gxpx - gxmx) / (2 * h);
    const d = (gypy - gymy) / (2 * h);
    const b = ((gypx - gymx) / (2 * h) + (gxpy - gxmy) / (2 * h)) / 2; // symmetrise
    const det = a * d - b * b;
    if (det === 0) break;
    x -= (d * gx - b * gy) / det;
    y -= (-b * gx + a * gy) / det;
  }
  return [x, y];
}

/** The closest known minimum and the distance to it (null if there are none). */
export function nearestMinimum(surface: Surface, p: Vec2): { minimum: Minimum; distance: number } | null {
  let best: { minimum: Minimum; distance: number } | null = null;
  for (const m of surface.minima) {
    const distance = Math.hypot(p[0] - m.point[0], p[1] - m.point[1]);
    if (best === null || distance < best.distance) best = { minimum: m, distance };
  }
  return best;
}
