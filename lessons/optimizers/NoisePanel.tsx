import { memo } from 'react';
import { finitePopulationFactor, type OptimNetSnapshot } from '../../src/engine';
import { fmt } from '../../src/math/format';
import { OPTIMIZER_COLORS, UI } from '../../src/viz/palette';
import { ExportFigure } from '../../src/viz/ExportFigure';

/**
 * Mini-batch noise of the SGD network (run 0): a scatter of mini-batch gradients around the full gradient, the measured
 * RMS distance, and sampling theory's prediction of that same number from the per-example gradient spread tr Σ.
 */
export const NoisePanel = memo(function NoisePanel({
  snap,
  runs,
  batch,
  n,
}: {
  snap: OptimNetSnapshot | null;
  runs: number;
  batch: number;
  n: number;
}) {
  const S = 220;
  const K = snap?.gradSamples ? snap.gradSamples.length / (2 * runs) : 0;
  const pts = snap?.gradSamples?.subarray(0, 2 * K);
  let ext = 1.5;
  if (pts) for (let i = 0; i < pts.length; i++) ext = Math.max(ext, Math.abs(pts[i]! - (i % 2 === 0 ? 1 : 0)) * 1.1);
  ext = Math.min(ext, 50);
  const sx = (v: number) => S / 2 + ((v - 1) / ext) * (S / 2 - 10);
  const sy = (v: number) => S / 2 - (v / ext) * (S / 2 - 10);
  const factor = finitePopulationFactor(n, batch);
  const measured = snap?.gradNoise?.[0];
  return (
    <div className="opt-noise">
      <h3>Mini-batch noise (batch size {batch})</h3>
      <div className="opt-noise-row">
        <ExportFigure title={`Mini-batch gradients around the full gradient (batch size ${batch})`} width={S}>
          <svg
            width={S}
            height={S}
            role="img"
            aria-label={`Scatter of ${K} mini-batch gradients of the SGD network around the full gradient; root-mean-square distance ${fmt(measured, 2)} of its length.`}
          >
            <rect x={0} y={0} width={S} height={S} fill={UI.panel} stroke={UI.hairline} />
            <line x1={sx(0)} x2={sx(0)} y1={0} y2={S} stroke={UI.hairline} />
            <line x1={0} x2={S} y1={sy(0)} y2={sy(0)} stroke={UI.hairline} />
            {pts &&
              Array.from({ length: K }, (_, k) => (
                <circle
                  key={k}
                  cx={sx(pts[2 * k]!)}
                  cy={sy(pts[2 * k + 1]!)}
                  r={3.5}
                  fill={OPTIMIZER_COLORS.sgd}
                  fillOpacity={0.6}
                />
              ))}
            <g transform={`translate(${sx(1)},${sy(0)})`} stroke={UI.mark} strokeWidth={2.5}>
              <line x1={-7} x2={7} y1={0} y2={0} />
              <line x1={0} x2={0} y1={-7} y2={7} />
            </g>
            <text x={6} y={14} className="tick-label">
              ±{fmt(ext, 2)} × ‖g‖
            </text>
          </svg>
        </ExportFigure>
        <div>
          <p>
            Each dot is the gradient g<sub>B</sub> of <strong>one mini-batch</strong> of {batch} training points, for
            the SGD network at its current weights; the cross is the exact gradient g over all {n} points. Horizontal:
            the component along g (1 = exactly g); vertical: a fixed direction across it, both in units of ‖g‖. The dots
            scatter around the cross — each estimate is right on average, but noisy.
          </p>
          <p>
            Measured over {K} mini-batches, the root-mean-square distance from the cross is{' '}
            <strong data-testid="noise-sgd">{fmt(measured, 2)}</strong> × ‖g‖. Sampling theory predicts it from two
            factors. The first depends only on the batch: √((N−B)/(B(N−1))) ={' '}
            <span data-testid="noise-theory">{fmt(factor, 2)}</span> here — quadruple the batch and it halves; at B = N
            it is zero. The second depends on the weights: √(tr Σ)/‖g‖ ={' '}
            <span data-testid="noise-spread">{fmt(snap?.gradSpread?.[0], 3)}</span>, how far a single example’s gradient
            strays from g on average (tr Σ is the mean of ‖g<sub>i</sub> − g‖² over the {n} examples), relative to the
            length of g. Their product,{' '}
            <strong data-testid="noise-predicted">{fmt(snap?.gradNoisePredicted?.[0], 2)}</strong>, is the prediction;
            the measurement, from only {K} batches, scatters around it from one update to the next. As training
            converges g shrinks while single examples still disagree, so the second factor — and the relative noise —
            grows. Move the batch-size slider and watch the cloud shrink and the loss curves smooth out.
          </p>
        </div>
      </div>
    </div>
  );
});
