import { memo } from 'react';
import type { OptimizerKind, StepRecord, Vec2, Optim2dTrack } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { tex } from '../../src/math/format';
import { OPTIMIZER_COLORS, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { OPT_NAMES } from './params';

const v = (p: Vec2 | readonly number[]) => `(${tex(p[0])},\\ ${tex(p[1])})`;
const zero: Vec2 = [0, 0];

/** What the formulas need of a run: its settings, θ and its last two steps. */
export type FormulaTrack = Pick<Optim2dTrack, 'kind' | 'hyper' | 'theta' | 'last' | 'prev'>;

/** The update of one step as TeX lines, filled with that step's numbers. */
export function updateTex(kind: OptimizerKind, tr: FormulaTrack): string[] {
  const r = tr.last;
  const h = tr.hyper;
  if (!r) {
    const start = `\\theta_0 = ${v(tr.theta)}`;
    switch (kind) {
      case 'sgd':
        return [`\\theta_t = \\theta_{t-1} - \\eta\\, g_t`, start];
      case 'momentum':
        return [
          `v_t = \\beta\\, v_{t-1} + g_t,\\quad \\theta_t = \\theta_{t-1} - \\eta\\, v_t`,
          `${start},\\ v_0 = (0,\\ 0)`,
        ];
      case 'rmsprop':
        return [
          `s_t = \\beta\\, s_{t-1} + (1-\\beta)\\, g_t \\odot g_t,\\quad \\theta_t = \\theta_{t-1} - \\eta\\, \\dfrac{g_t}{\\sqrt{s_t} + \\varepsilon}`,
          `${start},\\ s_0 = (0,\\ 0)`,
        ];
      case 'adam':
        return [
          `m_t = \\beta_1 m_{t-1} + (1-\\beta_1) g_t,\\quad v_t = \\beta_2 v_{t-1} + (1-\\beta_2) g_t\\odot g_t`,
          `\\hat m_t = \\frac{m_t}{1-\\beta_1^t},\\ \\hat v_t = \\frac{v_t}{1-\\beta_2^t},\\quad \\theta_t = \\theta_{t-1} - \\eta\\,\\frac{\\hat m_t}{\\sqrt{\\hat v_t} + \\varepsilon}`,
          `${start},\\ m_0 = v_0 = (0,\\ 0)`,
        ];
    }
  }
  const t = r.t;
  const g = `g_{${t}} = \\nabla E(\\theta_{${t - 1}}) = ${v(r.grad)}`;
  const theta = (mid: string) =>
    `\\theta_{${t}} = ${v(r.thetaBefore)} - ${tex(h.lr)} \\cdot ${mid} = ${v(r.thetaAfter)}`;
  const prev = tr.prev?.state;
  switch (r.state.kind) {
    case 'sgd':
      return [g, theta(v(r.grad))];
    case 'momentum': {
      const vp = prev?.kind === 'momentum' ? prev.v : zero;
      return [g, `v_{${t}} = ${tex(h.beta)} \\cdot ${v(vp)} + ${v(r.grad)} = ${v(r.state.v)}`, theta(v(r.state.v))];
    }
    case 'rmsprop': {
      const sp = prev?.kind === 'rmsprop' ? prev.s : zero;
      const s = r.state.s;
      const ratio: Vec2 = [r.grad[0] / (Math.sqrt(s[0]) + h.epsilon), r.grad[1] / (Math.sqrt(s[1]) + h.epsilon)];
      return [
        g,
        `s_{${t}} = ${tex(h.beta)} \\cdot ${v(sp)} + ${tex(1 - h.beta)} \\cdot ${v([r.grad[0] ** 2, r.grad[1] ** 2])} = ${v(s)}`,
        `\\tfrac{g}{\\sqrt{s}+\\varepsilon} = ${v(ratio)}`,
        theta(v(ratio)),
      ];
    }
    case 'adam': {
      const st = r.state;
      const mp = prev?.kind === 'adam' ? prev.m : zero;
      const vp = prev?.kind === 'adam' ? prev.v : zero;
      const ratio: Vec2 = [
        st.mHat[0] / (Math.sqrt(st.vHat[0]) + h.epsilon),
        st.mHat[1] / (Math.sqrt(st.vHat[1]) + h.epsilon),
      ];
      return [
        g,
        `m_{${t}} = ${tex(h.beta1)} \\cdot ${v(mp)} + ${tex(1 - h.beta1)} \\cdot g = ${v(st.m)}`,
        `v_{${t}} = ${tex(h.beta2)} \\cdot ${v(vp)} + ${tex(1 - h.beta2)} \\cdot g\\odot g = ${v(st.v)}`,
        `\\hat m = m / ${tex(st.correction1)} = ${v(st.mHat)},\\quad \\hat v = v / ${tex(st.correction2)} = ${v(st.vHat)}`,
        `\\theta_{${t}} = \\theta_{${t - 1}} - ${tex(h.lr)} \\cdot \\tfrac{\\hat m}{\\sqrt{\\hat v}+\\varepsilon} = ${v(r.thetaBefore)} - ${tex(h.lr)} \\cdot ${v(ratio)} = ${v(r.thetaAfter)}`,
      ];
    }
  }
}

function readable(kind: OptimizerKind, r: StepRecord | null, tr: FormulaTrack): string {
  if (!r) return `${OPT_NAMES[kind]}: not started; theta is (${tr.theta.map((x) => x.toPrecision(3)).join(', ')}).`;
  return `${OPT_NAMES[kind]} step ${r.t}: gradient (${r.grad.map((x) => x.toPrecision(3)).join(', ')}), new theta (${r.thetaAfter
    .map((x) => x.toPrecision(3))
    .join(', ')}).`;
}

export const UpdateFormulas = memo(function UpdateFormulas({ tracks }: { tracks: FormulaTrack[]; version: number }) {
  return (
    <div className="opt-formulas">
      {tracks.map((tr) => (
        <div
          key={tr.kind}
          className="opt-formula-card"
          style={{ borderTopColor: OPTIMIZER_COLORS[tr.kind] }}
          data-testid={`formula-${tr.kind}`}
          // Long formulas scroll sideways: focusable so keyboard users can scroll too.
          tabIndex={0}
          role="group"
          aria-label={`${OPT_NAMES[tr.kind]} update rule with the numbers of step ${tr.last?.t ?? 0}`}
        >
          <h3 style={{ color: OPTIMIZER_TEXT_COLORS[tr.kind] }}>
            {OPT_NAMES[tr.kind]} <span className="small">step {tr.last?.t ?? 0}</span>
          </h3>
          {updateTex(tr.kind, tr).map((line, i) => (
            <div key={i} className="formula-line">
              <Formula tex={line} />
            </div>
          ))}
          <p className="sr-only" aria-live="off">
            {readable(tr.kind, tr.last, tr)}
          </p>
          {tr.kind === 'momentum' && tr.last?.state.kind === 'momentum' && (
            <p className="small">
              Same step in the averaged form v ← βv + (1−β)g with η/(1−β) = {tex(tr.hyper.lr / (1 - tr.hyper.beta))}: v
              = ({tr.last.state.vEma.map((x) => x.toPrecision(3).replace('-', '−')).join(', ')}).
            </p>
          )}
        </div>
      ))}
    </div>
  );
});
