import type { ParamValues } from '../../src/kit';
import { ScrollRegion } from '../../src/kit';
import { memo } from 'react';
import {
  quadraticTheory,
  type OptimizerKind,
  type Surface,
  type Optim2dSnapshot,
  type Optim2dTrack,
} from '../../src/engine';
import { fmt } from '../../src/math/format';
import { LineChart, type Series } from '../../src/viz/LineChart';
import { OPTIMIZER_COLORS, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { OPT_NAMES, PARAMS } from './params';
import { thin, type PathBuffer } from './paths';
import { gdFactor, momentumFactor } from './theory';

type P = ParamValues<typeof PARAMS>;

/** The loss chart, the live table and (on the ravine) measured against predicted rates. */
export const LabReadouts = memo(function LabReadouts({
  snap,
  paths,
  surface,
  kappa,
  setP,
  p,
  presenter,
}: {
  snap: Optim2dSnapshot | null;
  paths: PathBuffer;
  surface: Surface;
  kappa: number;
  /** Re-render signal (the paths are filled in place). */
  version: number;
  setP: (patch: Partial<P>) => void;
  p: P;
  presenter: boolean;
}) {
  const log = surface.boundedBelow;
  const tracks = snap?.tracks ?? [];
  // At most ~600 points per curve: the chart redraws four times a second while playing.
  const series: Series[] = paths.tracks.map((t) => ({
    id: t.kind,
    label: OPT_NAMES[t.kind],
    color: OPTIMIZER_COLORS[t.kind],
    dashed: t.kind === 'rmsprop' || t.kind === 'adam',
    ...thin(t.gap, t.n, 600),
  }));
  const th = surface.id === 'ravine' ? quadraticTheory(kappa) : null;
  const rateOf = (k: OptimizerKind) => {
    const i = tracks.findIndex((x) => x.kind === k);
    return i >= 0 ? (snap?.rates?.[i] ?? NaN) : NaN;
  };
  return (
    <div className="opt-readouts">
      <div>
        <LineChart
          series={series}
          version={paths.generation * 1e6 + (snap?.step ?? 0)}
          log={log}
          xLabel="step"
          yLabel={log ? 'f − f*' : 'f'}
          title={`Loss against step for each optimizer${log ? ', log scale' : ''}`}
          height={presenter ? 130 : 220}
        />
      </div>
      <div>
        <LiveTable tracks={tracks} paths={paths} log={log} />
        {th && <RateBox th={th} kappa={kappa} rateOf={rateOf} setP={setP} p={p} />}
      </div>
    </div>
  );
});

/** The live numbers of each optimizer, one row per run. */
function LiveTable({ tracks, paths, log }: { tracks: Optim2dTrack[]; paths: PathBuffer; log: boolean }) {
  const at = (k: OptimizerKind) => paths.tracks.find((t) => t.kind === k);
  return (
    <ScrollRegion className="opt-table-wrap" label="Live numbers of each optimizer">
      <table className="opt-table opt-live">
        <caption className="sr-only">Live numbers of each optimizer</caption>
        <thead>
          <tr>
            <th scope="col">Optimizer</th>
            <th scope="col">Step</th>
            <th scope="col">θ</th>
            <th scope="col">{log ? 'f − f*' : 'f'}</th>
            <th scope="col">‖g‖</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tracks.map((t) => {
            const path = at(t.kind);
            return (
              <tr key={t.kind}>
                <th scope="row" style={{ color: OPTIMIZER_TEXT_COLORS[t.kind] }}>
                  {OPT_NAMES[t.kind]}
                </th>
                <td data-testid={`t-${t.kind}`}>{t.t}</td>
                <td data-testid={`theta-${t.kind}`}>
                  ({fmt(t.theta[0])}, {fmt(t.theta[1])})
                </td>
                <td data-testid={`loss-${t.kind}`}>{path && path.n ? fmt(path.gap[path.n - 1]) : '—'}</td>
                <td>{t.last ? fmt(Math.hypot(...t.last.grad)) : '—'}</td>
                <td>{statusText(t)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** On the ravine: the measured rates of SGD and momentum against the predicted ones. */
function RateBox({
  th,
  kappa,
  rateOf,
  setP,
  p,
}: {
  th: ReturnType<typeof quadraticTheory>;
  kappa: number;
  rateOf: (k: OptimizerKind) => number;
  setP: (patch: Partial<P>) => void;
  p: P;
}) {
  return (
    <div id="rate-box" className="rate-box" data-testid="rate-box">
      <h3>Convergence rate on the ravine (κ = {fmt(kappa)})</h3>
      <p className="small">Each step multiplies the distance to the minimum by about this factor; smaller is faster.</p>
      <div className="opt-table-wrap">
        <table className="opt-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Optimizer</span>
              </th>
              <th scope="col">Measured</th>
              <th scope="col">Predicted at your η, β</th>
              <th scope="col">Best possible</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">SGD</th>
              <td data-testid="rate-sgd">{fmt(rateOf('sgd'), 4)}</td>
              <td>{fmt(gdFactor(p.sgdLr, [th.lambdaMin, th.lambdaMax]), 4)}</td>
              <td>
                (κ−1)/(κ+1) = <span data-testid="theory-sgd">{fmt(th.gdRate, 4)}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">Momentum</th>
              <td data-testid="rate-momentum">{fmt(rateOf('momentum'), 4)}</td>
              <td>{fmt(momentumFactor(p.momLr, p.momBeta, [th.lambdaMin, th.lambdaMax]), 4)}</td>
              <td>
                (√κ−1)/(√κ+1) = <span data-testid="theory-momentum">{fmt(th.momentumRate, 4)}</span>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => setP({ sgdLr: Number(th.gdBestLr.toPrecision(6)) })}>
          Set SGD’s best η = 2/(λmin+λmax)
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            setP({
              momLr: Number(th.momentumBestLrTfjs.toPrecision(6)),
              momBeta: Number(th.momentumBestBeta.toPrecision(6)),
            })
          }
        >
          Set momentum’s optimal β and η
        </button>
      </div>
      <p className="small" data-testid="momentum-forms">
        Momentum’s optimum, β* = {fmt(th.momentumBestBeta, 4)}: η* = {fmt(th.momentumBestLrTfjs, 4)} in the heavy-ball
        (tfjs) form the sliders use, v ← βv + g; in the averaged form v ← βv + (1−β)g the same path needs η*/(1−β*) ={' '}
        {fmt(th.momentumBestLrEma, 4)}.
      </p>
    </div>
  );
}

export function statusText(t: Optim2dTrack): string {
  switch (t.status) {
    case 'running':
      return t.last ? 'moving' : 'ready';
    case 'converged':
      return 'stopped (at rest)';
    case 'diverged':
      return `left the plot at step ${t.divergedAt}`;
    case 'limit':
      return 'step limit reached';
  }
}
