/**
 * The page's copy of the optimizers' paths. Each optim2d snapshot carries only the
 * points since the previous one (`from` says where they start); this buffer appends
 * them, and starts over when a snapshot starts at 0 (a new run). Framework-free.
 */
import type { OptimizerKind, Optim2dSnapshot } from '../../src/engine';

export interface PathTrack {
  kind: OptimizerKind;
  /** θ after each step (index 0 = the start) and f(θ) − f*; only the first n are valid. */
  xs: Float64Array;
  ys: Float64Array;
  gap: Float64Array;
  n: number;
}

export class PathBuffer {
  tracks: PathTrack[] = [];
  /** Bumped whenever the paths start over (for the views' redraw state). */
  generation = 0;

  clear(): void {
    this.tracks = [];
    this.generation++;
  }

  push(snap: Optim2dSnapshot): void {
    const restart =
      snap.tracks.length !== this.tracks.length ||
      snap.tracks.some((t, i) => t.from === 0 || t.kind !== this.tracks[i]!.kind);
    if (restart) {
      this.clear();
      this.tracks = snap.tracks.map((t) => ({
        kind: t.kind,
        xs: new Float64Array(64),
        ys: new Float64Array(64),
        gap: new Float64Array(64),
        n: 0,
      }));
    }
    snap.tracks.forEach((t, i) => {
      const p = this.tracks[i]!;
      // A gap would mean a lost snapshot: never draw a wrong path, wait for the next run.
      if (t.from !== p.n) return;
      const k = t.xs.length;
      if (p.n + k > p.xs.length) {
        const cap = Math.max(2 * p.xs.length, p.n + k);
        p.xs = grow(p.xs, cap);
        p.ys = grow(p.ys, cap);
        p.gap = grow(p.gap, cap);
      }
      p.xs.set(t.xs, p.n);
      p.ys.set(t.ys, p.n);
      p.gap.set(t.gap, p.n);
      p.n += k;
    });
  }
}

function grow(a: Float64Array, cap: number): Float64Array {
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}

/** Every k-th point of the first n (always keeping the last), as chart arrays. */
export function thin(y: Float64Array, n: number, max: number): { x: Float32Array; y: Float32Array; n: number } {
  const k = Math.max(1, Math.ceil(n / max));
  const m = n ? Math.ceil((n - 1) / k) + 1 : 0;
  const xs = new Float32Array(m);
  const ys = new Float32Array(m);
  for (let j = 0; j < m; j++) {
    const i = Math.min(n - 1, j * k);
    xs[j] = i;
    ys[j] = y[i]!;
  }
  return { x: xs, y: ys, n: m };
}
