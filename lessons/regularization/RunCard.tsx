import {
  REG_LABELS,
  type RegMethod,
  HIST_BINS,
  ZERO_TOL,
  type RegularizeInfo,
  type RegularizeSnapshot,
} from '../../src/engine';
import { BoundaryRunCard } from '../../src/kit';
import { fmt, lossText, pct } from '../../src/math/format';
import { BinnedHistogram } from '../../src/viz/BinnedHistogram';
import { METHOD_COLORS, METHOD_TEXT_COLORS } from './runs';

/** The generalization gap: held-out loss minus training loss. */
export function gapOf(snap: RegularizeSnapshot | null, r: number): number | undefined {
  if (!snap || r >= snap.runs) return undefined;
  return snap.testLoss[r] - snap.trainLoss[r];
}

function gapText(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  return `${v < 0 ? '−' : '+'}${fmt(Math.abs(v), 2)}`;
}

/** Under each method's card: what it is doing right now, in a few words. */
function note(
  m: RegMethod,
  snap: RegularizeSnapshot | null,
  p: { l2: number; l1: number; keep: number; lr: number },
): string {
  switch (m) {
    case 'none':
      return 'Plain SGD on the training loss.';
    case 'l2':
      return `λ₂ = ${fmt(p.l2, 2)}: every step shrinks each weight by a factor ${fmt(1 - 2 * p.l2 * p.lr, 6)}.`;
    case 'l1':
      return `λ₁ = ${fmt(p.l1, 2)}: every step pulls each weight ${fmt(p.l1 * p.lr, 2)} towards 0.`;
    case 'early': {
      const e = snap?.early;
      if (!e) return 'Watching the held-out loss…';
      return e.stoppedAt >= 0
        ? `Stopped at step ${e.stoppedAt}; weights from step ${e.bestStep} restored.`
        : `Best held-out loss so far at step ${e.bestStep}.`;
    }
    case 'dropout':
      return `Keeps each hidden unit with p = ${fmt(p.keep, 2)} while training, scaled by 1/p.`;
  }
}

export function RunCard({
  m,
  r,
  snap,
  info,
  p,
  maxSize,
  histHeight,
}: {
  m: RegMethod;
  r: number;
  snap: RegularizeSnapshot | null;
  info: RegularizeInfo | null;
  p: { l2: number; l1: number; keep: number; lr: number };
  maxSize: number;
  histHeight: number;
}) {
  const name = REG_LABELS[m];
  const range = snap?.histRange;
  const gap = gapOf(snap, r);
  const hist = snap?.weightHist && snap.weightHist.length >= (r + 1) * HIST_BINS ? snap.weightHist : null;
  return (
    <BoundaryRunCard
      name={name}
      className="run reg-run"
      color={METHOD_COLORS[m]}
      textColor={METHOD_TEXT_COLORS[m]}
      r={r}
      snap={snap}
      info={info}
      showTest={false}
      maxSize={maxSize}
      title={`Decision boundary of the network with ${name.toLowerCase()}: orange is class 1, purple class 0; the dots are the training points. Held-out accuracy ${pct(snap?.testAcc[r])}.`}
    >
      <table className="reg-readouts">
        <caption className="sr-only">Loss and accuracy of the network with {name.toLowerCase()}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">train</th>
            <th scope="col">held-out</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">loss</th>
            <td>{lossText(snap?.trainLoss[r])}</td>
            <td>{lossText(snap?.testLoss[r])}</td>
          </tr>
          <tr>
            <th scope="row">acc.</th>
            <td>{pct(snap?.trainAcc[r])}</td>
            <td data-testid={`test-acc-${m}`}>{pct(snap?.testAcc[r])}</td>
          </tr>
        </tbody>
      </table>
      <dl className="reg-gap">
        <div>
          <dt>Gap</dt>
          <dd data-testid={`gap-${m}`} style={{ color: METHOD_TEXT_COLORS[m] }}>
            {gapText(gap)}
          </dd>
        </div>
        <div>
          <dt>|w| ≈ 0</dt>
          <dd data-testid={`zeros-${m}`}>{pct(snap?.nearZero?.[r])}</dd>
        </div>
      </dl>
      <BinnedHistogram
        counts={hist}
        offset={r * HIST_BINS}
        bins={HIST_BINS}
        color={METHOD_COLORS[m]}
        height={histHeight}
        title={`Histogram of the weights of the network with ${name.toLowerCase()}, from −${fmt(range)} to ${fmt(range)}: ${pct(snap?.nearZero?.[r])} of them within ${ZERO_TOL} of zero, ‖w‖₂ = ${fmt(snap?.weightNorm?.[r])}.`}
        ticks={
          range
            ? [
                { at: 0, label: `−${fmt(range, 2)}` },
                { at: 0.5, label: 'weights: 0' },
                { at: 1, label: fmt(range, 2) },
              ]
            : undefined
        }
      />
      <p className="reg-note" data-testid={`note-${m}`}>
        {note(m, snap, p)}
      </p>
    </BoundaryRunCard>
  );
}
