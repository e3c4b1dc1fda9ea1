import { Section } from '../../src/kit';
import { memo, useRef } from 'react';
import { ACTIVATION_LABELS, GRAD_LOG_RANGE, STATS_BATCH, type GradientsSnapshot } from '../../src/engine';
import { fmt, pct, pow10 } from '../../src/math/format';
import { BinnedHistogram } from '../../src/viz/BinnedHistogram';
import { ExportFigure } from '../../src/viz/ExportFigure';
import { useFrozenWhenHidden, useInView } from '../../src/viz/useInView';
import { edgeShare } from './measures';
import { type RunView, wName } from './runs';

/** Ticks of the shared gradient axis: every 8 decades. */
function gradTicks() {
  const [lo, hi] = GRAD_LOG_RANGE;
  const out: { at: number; label: string }[] = [];
  for (let e = lo; e <= hi; e += 8) out.push({ at: (e - lo) / (hi - lo), label: pow10(e) });
  return out;
}
const GRAD_TICKS = gradTicks();

/** Median of a histogram in log10 units (the bar where half the weights are below), or NaN. */
function medianLog(counts: Float32Array, off: number, bins: number): number {
  let total = 0;
  for (let i = 0; i < bins; i++) total += counts[off + i];
  if (!total) return NaN;
  let acc = 0;
  const [lo, hi] = GRAD_LOG_RANGE;
  for (let i = 0; i < bins; i++) {
    acc += counts[off + i];
    if (acc >= total / 2) return lo + ((i + 0.5) / bins) * (hi - lo);
  }
  return hi;
}

export const HistogramsSection = memo(function HistogramsSection({
  runs,
  snap: live,
  depth,
}: {
  runs: RunView[];
  snap: GradientsSnapshot | null;
  depth: number;
}) {
  // Off screen, keep the last snapshot instead of redrawing dozens of histograms.
  const box = useRef<HTMLDivElement>(null);
  const last = useRef(live);
  const snap = useFrozenWhenHidden(live, useInView(box), last);
  const H = depth;
  const L = depth + 1;
  const bins = snap?.gradHist && snap.runs ? snap.gradHist.length / (snap.runs * L) : 24;
  return (
    <Section id="histograms" title="Layer by layer: activations and gradients">
      <div ref={box}>
        <p>
          Left, the activations z = h(a) of each hidden layer on {STATS_BATCH} training points; right, every weight’s
          gradient ∂E/∂w of that layer, on a shared logarithmic axis from {pow10(GRAD_LOG_RANGE[0])} to{' '}
          {pow10(GRAD_LOG_RANGE[1])} (bar heights are square-rooted so small bars stay visible; exact zeros, from units
          that are off for every point, sit in the leftmost bar). Sigmoid activations piling up at 0 and 1 are saturated
          units; gradient histograms sliding left, layer after layer, are the vanishing gradient. Glorot &amp; Bengio
          (2010) drew exactly these pictures.
        </p>
        <div className="vg-hist-runs" style={{ gridTemplateColumns: `repeat(${runs.length}, minmax(0, 1fr))` }}>
          {runs.map((run, r) => (
            <section key={run.letter} className="vg-hist-run" aria-label={`Histograms of network ${run.name}`}>
              <h3 style={{ color: run.textColor }}>{run.name}</h3>
              <ExportFigure title={`Activations and gradients of network ${run.name}, layer by layer`}>
                <div className="vg-hist-grid">
                  <span className="vg-hist-head">Layer</span>
                  <span className="vg-hist-head">Activations z</span>
                  <span className="vg-hist-head">Gradients |∂E/∂w|</span>
                  {Array.from({ length: L }, (_, l) => {
                    const isOut = l === L - 1;
                    const aOff = (r * H + l) * bins;
                    const gOff = (r * L + l) * bins;
                    const lo = snap?.actRange?.[(r * H + l) * 2];
                    const hi = snap?.actRange?.[(r * H + l) * 2 + 1];
                    const edges = !isOut && snap?.actHist ? edgeShare(snap.actHist, aOff, bins) : NaN;
                    const med = snap?.gradHist ? medianLog(snap.gradHist, gOff, bins) : NaN;
                    return (
                      <div className="vg-hist-row" key={l}>
                        <span className="vg-hist-layer">{isOut ? 'out' : l + 1}</span>
                        {isOut ? (
                          <span className="small">(sigmoid output)</span>
                        ) : (
                          <BinnedHistogram
                            counts={snap?.actHist ?? null}
                            offset={aOff}
                            bins={bins}
                            color={run.color}
                            ticks={[
                              { at: 0, label: fmt(lo, 2) },
                              { at: 1, label: fmt(hi, 2) },
                            ]}
                            title={`Layer ${l + 1} activations of network ${run.name}, from ${fmt(lo, 2)} to ${fmt(hi, 2)}: ${pct(edges)} in the outer tenths of the range.`}
                          />
                        )}
                        <BinnedHistogram
                          counts={snap?.gradHist ?? null}
                          offset={gOff}
                          bins={bins}
                          color={run.color}
                          ticks={l === L - 1 ? GRAD_TICKS : undefined}
                          title={`Gradients of ${wName(l + 1)} in network ${run.name}: median about ${Number.isFinite(med) ? pow10(Math.round(med)) : 'unknown'}.`}
                        />
                      </div>
                    );
                  })}
                </div>
              </ExportFigure>
              <p className="small">
                {ACTIVATION_LABELS[run.act]} activations are drawn over{' '}
                {run.act === 'sigmoid' ? '0 … 1' : run.act === 'tanh' ? '−1 … 1' : 'each layer’s own range'}.
              </p>
            </section>
          ))}
        </div>
      </div>
    </Section>
  );
});
