import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Section, reducedMotion } from '../../src/kit';
import { Formula } from '../../src/math/Formula';
import { fixed, tex } from '../../src/math/format';
import { MODEL_COLORS, SWATCH, UI } from '../../src/viz/palette';
import { ExportFigure } from '../../src/viz/ExportFigure';
import { Rng } from '../../src/engine';

const N = 24;

/** Kernels w(τ), τ = 0, 1, …: applied as true convolution s(t) = Σ_τ x(t − τ) w(τ). */
const KERNELS = {
  decay: { name: 'Decaying weights (recent matters most)', w: normalise([1, 0.6, 0.36, 0.22, 0.13]) },
  box: { name: 'Box: plain average of 5', w: [0.2, 0.2, 0.2, 0.2, 0.2] },
  diff: { name: 'Difference x(t) − x(t−1)', w: [1, -1] },
} as const;
type KernelId = keyof typeof KERNELS;

function normalise(w: number[]): number[] {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => Number((v / s).toFixed(3)));
}

/** A noisy step: flat, a jump up at t = 8, back down at t = 17. */
function makeSignal(): number[] {
  const rng = new Rng(5);
  return Array.from({ length: N }, (_, t) =>
    Number(((t >= 8 && t < 17 ? 1 : 0.1) + 0.25 * (rng.uniform() - 0.5)).toFixed(2)),
  );
}

export const Conv1D = memo(function Conv1D() {
  const ids = useId();
  const x = useMemo(makeSignal, []);
  const [kernel, setKernel] = useState<KernelId>('decay');
  const [t, setT] = useState(9);
  const [playing, setPlaying] = useState(false);
  const w = KERNELS[kernel].w;
  const s = useMemo(
    () => x.map((_, tt) => w.reduce((acc, wv, tau) => acc + (tt - tau >= 0 ? x[tt - tau] * wv : 0), 0)),
    [x, w],
  );

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => setT((v) => (v + 1) % N), reducedMotion() ? 1200 : 700);
    return () => clearInterval(id);
  }, [playing]);

  const terms = w.map((wv, tau) => ({ tau, a: t - tau, xv: t - tau >= 0 ? x[t - tau] : 0, wv }));
  const shown = terms.slice(0, 5);
  const texSum =
    `s(${t}) = \\sum_{a} x(a)\\,w(${t}-a) = ` +
    shown
      .map((q) => `\\underbrace{${tex(q.xv, 2)}}_{x(${q.a})}\\cdot\\underbrace{${tex(q.wv, 3)}}_{w(${q.tau})}`)
      .join(' + ') +
    ` = ${tex(s[t], 3)}`;

  return (
    <Section id="conv1d" title="Convolution in one dimension">
      <p>
        Start with a signal that changes over time, say a noisy sensor reading x(t). To smooth it, replace each value by
        a weighted average of the values around it, with a weight w that decays the further back you look. That weighted
        average is a <em>convolution</em>:
      </p>
      <Formula
        display
        tex="s(t) = \int x(a)\, w(t-a)\, da \qquad\text{and, for samples,}\qquad s(t) = \sum_{a} x(a)\, w(t-a)"
        label="s of t equals the integral of x of a times w of t minus a; for samples, the sum over a"
      />
      <p>
        Read w(t − a) as “how much the value at time a counts when we are at time t”. Because w is indexed by the
        distance t − a, the same small set of weights is used at every t: the kernel slides along the signal. Press play
        (or drag the slider) and watch each output s(t) being built from the products under the kernel.
      </p>
      <div className="inline-controls">
        <label htmlFor={`${ids}-k`}>Kernel w</label>
        <select id={`${ids}-k`} value={kernel} onChange={(e) => setKernel(e.target.value as KernelId)}>
          {(Object.keys(KERNELS) as KernelId[]).map((k) => (
            <option key={k} value={k}>
              {KERNELS[k].name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => setPlaying((v) => !v)} aria-pressed={playing}>
          {playing ? '❚❚ Pause sliding' : '▶ Slide the kernel'}
        </button>
        <label htmlFor={`${ids}-t`}>
          Position t <output htmlFor={`${ids}-t`}>{t}</output>
        </label>
        <input
          id={`${ids}-t`}
          type="range"
          min={0}
          max={N - 1}
          value={t}
          onChange={(e) => setT(Number(e.target.value))}
        />
      </div>
      <Conv1DFigure x={x} s={s} w={w} t={t} />
      <p
        className="formula-line conv1d-sum"
        tabIndex={0}
        role="group"
        aria-label={`The sum at position ${t}; scroll sideways if it is cut off`}
      >
        <Formula tex={texSum} />
      </p>
      <p className="small">
        The blue numbers under the input are the kernel weights lined up with the values they multiply. Notice that w(0)
        sits under the newest value x(t) and w(1) under x(t − 1): in a true convolution the kernel is flipped as it
        slides. With the difference kernel the output is large only where the signal jumps — a one-dimensional edge
        detector.
      </p>
    </Section>
  );
});

/** The signal x with the kernel window over it, and the output s built up to t. */
function Conv1DFigure({ x, s, w, t }: { x: number[]; s: number[]; w: readonly number[]; t: number }) {
  const svgRef = useRef<SVGSVGElement>(null);
  // Layout of the figure.
  const W = 640;
  const step = W / N;
  const H = 230;
  const top = 20;
  const mid = 105;
  const bottom = 210;
  const amp = 70;

  return (
    <ExportFigure
      title="A kernel sliding along a signal: input x, kernel w and output s"
      className="conv1d-fig"
      source={{ svg: () => svgRef.current }}
    >
      <svg
        ref={svgRef}
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`The signal x (top) with the kernel under positions ${Math.max(0, t - w.length + 1)} to ${t}, and the output s (bottom) built up to t = ${t}, where s(${t}) = ${fixed(s[t], 3)}.`}
      >
        <text x={2} y={12} className="axis-label">
          input x(a)
        </text>
        <text x={2} y={mid + 22} className="axis-label">
          output s(t)
        </text>
        {/* the kernel window */}
        <rect
          x={(t - w.length + 1) * step}
          y={top}
          width={w.length * step}
          height={mid - top + 4}
          fill={SWATCH.blue}
          opacity={0.12}
        />
        {x.map((v, a) => {
          const inWin = a <= t && a > t - w.length;
          return (
            <g key={a}>
              <line
                x1={a * step + step / 2}
                x2={a * step + step / 2}
                y1={mid - 10}
                y2={mid - 10 - v * amp}
                stroke={inWin ? SWATCH.blue : SWATCH.muted}
                strokeWidth={3}
              />
              <circle
                cx={a * step + step / 2}
                cy={mid - 10 - v * amp}
                r={3}
                fill={inWin ? SWATCH.blue : SWATCH.muted}
              />
              {inWin && (
                <text x={a * step + step / 2} y={mid + 2} textAnchor="middle" className="conv1d-w">
                  {fixed(w[t - a], 2)}
                </text>
              )}
            </g>
          );
        })}
        {s.map((v, tt) =>
          tt <= t ? (
            <g key={tt}>
              <line
                x1={tt * step + step / 2}
                x2={tt * step + step / 2}
                y1={bottom}
                y2={bottom - v * amp}
                stroke={tt === t ? MODEL_COLORS.dense : '#b06a2f'}
                strokeWidth={tt === t ? 4 : 2.5}
              />
              <circle
                cx={tt * step + step / 2}
                cy={bottom - v * amp}
                r={tt === t ? 4 : 3}
                fill={tt === t ? MODEL_COLORS.dense : '#b06a2f'}
              />
            </g>
          ) : null,
        )}
        <line x1={0} x2={W} y1={bottom} y2={bottom} stroke={UI.hairline} />
        <line x1={0} x2={W} y1={mid - 10} y2={mid - 10} stroke={UI.hairline} />
      </svg>
    </ExportFigure>
  );
}
