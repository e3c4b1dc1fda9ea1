import { Section, UnitPicker } from '../../src/kit';
import { memo, useId, useRef, useState } from 'react';
import { ACTIVATION_LABELS, ACTIVATION_MATH, type Activation, type Mlp2dSnapshot } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { fmt, tex } from '../../src/math/format';
import { ActivationPlot } from '../../src/viz/ActivationPlot';
import { NetworkDiagram } from '../../src/viz/NetworkDiagram';
import { ACTIVATION_COLORS, ACTIVATION_TEXT_COLORS } from '../../src/viz/palette';
import { useFrozenWhenHidden, useInView } from '../../src/viz/useInView';

/** The derivative formula of each activation, filled with the chosen unit's numbers. */
function derivativeTex(act: Activation, a: number): string {
  const m = ACTIVATION_MATH[act];
  const A = tex(a);
  const z = m.f(a);
  const d = m.df(a);
  switch (act) {
    case 'sigmoid':
      return `\\sigma'(a) = \\sigma(a)\\,(1-\\sigma(a)) = ${tex(z)} \\cdot ${tex(1 - z)} = ${tex(d)} \\le \\tfrac14 \\quad (a = ${A})`;
    case 'tanh':
      return `\\tanh'(a) = 1 - \\tanh^2(a) = 1 - (${tex(z)})^2 = ${tex(d)} \\quad (a = ${A})`;
    case 'relu':
      return `\\mathrm{ReLU}'(a) = \\begin{cases}1 & a > 0\\\\ 0 & a \\le 0\\end{cases} = ${d} \\quad (a = ${A})`;
    case 'leakyRelu':
      return `\\mathrm{LReLU}'(a) = \\begin{cases}1 & a > 0\\\\ 0.01 & a \\le 0\\end{cases} = ${tex(d)} \\quad (a = ${A})`;
    case 'softplus':
      return `\\tfrac{d}{da}\\log(1+e^{a}) = \\sigma(a) = ${tex(d)} \\quad (a = ${A})`;
    case 'linear':
      return `h'(a) = 1`;
  }
}

export const Derivatives = memo(function Derivatives({
  acts,
  snap: live,
  depth,
}: {
  acts: Activation[];
  snap: Mlp2dSnapshot | null;
  depth: number;
}) {
  // Off screen, keep showing the last snapshot instead of redrawing at 30 Hz.
  const box = useRef<HTMLDivElement>(null);
  const last = useRef(live);
  const snap = useFrozenWhenHidden(live, useInView(box), last);
  const [layerIn, setLayer] = useState(1);
  const [unitIn, setUnit] = useState(1);
  const [example, setExample] = useState(1);
  const [diagRun, setDiagRun] = useState(0);
  const ids = useId();
  const layer = Math.min(layerIn, depth);
  const width = snap?.sizes[layer] ?? 1;
  const unit = Math.min(unitIn, width);
  const pre = snap?.preacts?.[layer - 1];
  const S = pre ? pre.length / (snap!.runs * width) : 0;
  const ex = Math.min(example, Math.max(1, S));
  const run = Math.min(diagRun, acts.length - 1);

  return (
    <Section id="derivatives" title="Inside one layer: the derivative decides">
      <div ref={box}>
        <p>
          Each plot shows an activation h(a) (solid) and its derivative h′(a) (dashed). The dots are the current
          pre-activations a of every unit in the chosen layer, for {S || 'a sample of'} training points, placed on the
          derivative curve: a dot’s height is the factor by which backpropagation multiplies the error signal passing
          through that unit. Dots low on a sigmoid’s curve mean a shrunken signal; ReLU’s dots sit at 1 or at 0. Point
          at a dot (or choose a unit and a training point below) to see its numbers in the formula.
        </p>
        <div className="inline-controls">
          <UnitPicker
            idPrefix={ids}
            depth={depth}
            layer={layer}
            onLayer={setLayer}
            units={width}
            unit={unit}
            onUnit={setUnit}
            points={S}
            point={ex}
            onPoint={setExample}
          />
        </div>
        <div className="deriv-grid" style={{ gridTemplateColumns: `repeat(${acts.length}, minmax(0, 1fr))` }}>
          {acts.map((a, r) => {
            const base = r * S * width;
            const marks = pre ? pre.subarray(base, base + S * width) : undefined;
            const chosen = marks ? marks[(ex - 1) * width + (unit - 1)] : null;
            let meanSlope = NaN;
            if (marks && marks.length) {
              let sum = 0;
              for (let i = 0; i < marks.length; i++) sum += ACTIVATION_MATH[a].df(marks[i]);
              meanSlope = sum / marks.length;
            }
            return (
              <div key={a} className="deriv-card">
                <h3 style={{ color: ACTIVATION_TEXT_COLORS[a] }}>{ACTIVATION_LABELS[a]}</h3>
                <ActivationPlot
                  activation={a}
                  color={ACTIVATION_COLORS[a]}
                  marks={marks}
                  highlight={chosen}
                  onPick={(i) => {
                    setExample(Math.floor(i / width) + 1);
                    setUnit((i % width) + 1);
                  }}
                  title={`${ACTIVATION_LABELS[a]} and its derivative, with the current pre-activations of layer ${layer} marked. Mean derivative ${fmt(meanSlope)}.`}
                />
                <p className="formula-line">{chosen !== null && <Formula tex={derivativeTex(a, chosen)} />}</p>
                <p className="small">
                  Mean h′ over this layer now: <strong data-testid={`mean-slope-${a}`}>{fmt(meanSlope)}</strong>
                </p>
              </div>
            );
          })}
        </div>
        <div className="diagram-row">
          <div>
            <label htmlFor={`${ids}-diag`}>Weights of the</label>{' '}
            <select id={`${ids}-diag`} value={run} onChange={(e) => setDiagRun(Number(e.target.value))}>
              {acts.map((a, i) => (
                <option key={a} value={i}>
                  {ACTIVATION_LABELS[a]}
                </option>
              ))}
            </select>{' '}
            network: orange lines are positive weights, purple negative; thicker is larger.
          </div>
          {snap?.weights && (
            <NetworkDiagram
              sizes={snap.sizes}
              weights={snap.weights}
              run={run}
              title={`Network diagram of the ${ACTIVATION_LABELS[acts[run]]} network with its current weights`}
            />
          )}
        </div>
      </div>
    </Section>
  );
});
