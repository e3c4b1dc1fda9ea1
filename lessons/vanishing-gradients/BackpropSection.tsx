import { Section, UnitPicker, DataTable, ScrollRegion } from '../../src/kit';
import { memo, type ReactNode, useId, useRef, useState } from 'react';
import { ACTIVATION_MATH, type Activation, type GradientsInfo, type GradientsSnapshot } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { fmt, tex } from '../../src/math/format';
import { useFrozenWhenHidden, useInView } from '../../src/viz/useInView';
import { type DeltaTerms, deltaTerms, type PathRow, pathRows, sampleCount } from './backprop';
import type { RunView } from './runs';

const H_TEX: Record<Activation, string> = {
  sigmoid: "\\sigma'",
  tanh: "\\tanh'",
  relu: "\\mathrm{ReLU}'",
  leakyRelu: "\\mathrm{LReLU}'",
  softplus: "h'",
  linear: "h'",
};

/** Shown terms of the sum; the rest is summarized as ⋯. */
const SHOWN_TERMS = 3;

function paren(v: number): string {
  return v < 0 ? `(${tex(v)})` : tex(v);
}

/** The path table's columns: a number of each PathRow (backprop.ts). */
const PATH_COLUMNS: { key: Exclude<keyof PathRow, 'layer'>; head: string }[] = [
  { key: 'a', head: 'a' },
  { key: 'slope', head: 'h′(a)' },
  { key: 'w', head: 'weight w' },
  { key: 'slopeProduct', head: '∏ h′ so far' },
  { key: 'pathProduct', head: '∏ h′·w so far' },
];

/** The δ formula of one unit, written out with the current numbers. */
function deltaTex(d: DeltaTerms, act: Activation, layer: number, unit: number, up: number): string {
  const shown = d.terms.slice(0, SHOWN_TERMS).map((t) => `${paren(t.w)}\\,${paren(t.delta)}`);
  const more = d.terms.length > SHOWN_TERMS ? ` + \\cdots` : '';
  const l = layer;
  const u = layer + 1;
  return (
    `\\begin{aligned}\\delta^{(${l})}_{${unit}} &= ${H_TEX[act]}\\bigl(a^{(${l})}_{${unit}}\\bigr) \\sum_{k=1}^{${up}} w^{(${u})}_{k${unit}}\\,\\delta^{(${u})}_k \\\\` +
    ` &= ${tex(d.slope)} \\times \\bigl(${shown.join(' + ')}${more}\\bigr) \\\\` +
    ` &= ${tex(d.slope)} \\times ${paren(d.sum)} = ${tex(d.delta)}\\end{aligned}`
  );
}

/** The product of the slopes along the path (empty when there are no rows). */
function slopeProductTex(rows: PathRow[], act: Activation): string {
  if (!rows.length) return '';
  const last1 = rows[rows.length - 1];
  const sigmoidBound = act === 'sigmoid' ? `\\le (\\tfrac14)^{${rows.length}} = ${tex(0.25 ** rows.length)}` : '';
  return `\\prod_{l} h'(a^{(l)}) = ${rows
    .slice(0, 6)
    .map((r) => tex(r.slope, 2))
    .join(' \\cdot ')}${rows.length > 6 ? ' \\cdots' : ''} = ${tex(last1.slopeProduct)} ${sigmoidBound}`;
}

/** ∂E/∂w_j1 = δ_j z_1: z_1 is the first input coordinate (layer 1) or unit 1 of the layer below. */
function firstInput(
  snap: GradientsSnapshot | null,
  info: GradientsInfo | null,
  act: Activation,
  run: number,
  layer: number,
  point: number,
  S: number,
): number {
  if (snap?.preacts && layer > 1) {
    const nBelow = snap.sizes[layer - 1];
    return ACTIVATION_MATH[act].f(snap.preacts[layer - 2][(run * S + point - 1) * nBelow]);
  } else if (info && layer === 1) return info.data.train.x[2 * (point - 1)];
  return NaN;
}

/** The network picker (when there are several) and the layer, unit and point pickers. */
function BackpropPickers({
  ids,
  runs,
  run,
  setRun,
  children,
}: {
  ids: string;
  runs: RunView[];
  run: number;
  setRun: (i: number) => void;
  children: ReactNode;
}) {
  return (
    <div className="inline-controls">
      {runs.length > 1 && (
        <>
          <label htmlFor={`${ids}-run`}>Network</label>
          <select id={`${ids}-run`} value={run} onChange={(e) => setRun(Number(e.target.value))}>
            {runs.map((r, i) => (
              <option key={r.letter} value={i}>
                {r.name}
              </option>
            ))}
          </select>
        </>
      )}
      {children}
    </div>
  );
}

/** The δ formula of the chosen unit and its readouts. */
function DeltaReadout({
  d,
  formula,
  unit,
  layer,
  above,
  z1,
}: {
  d: DeltaTerms;
  formula: string;
  unit: number;
  layer: number;
  above: string;
  z1: number;
}) {
  return (
    <>
      <ScrollRegion
        className="vg-scroll vg-delta"
        testId="delta-formula"
        role="group"
        label="The δ formula with the current numbers"
      >
        <Formula
          display
          throttleMs={300}
          tex={formula}
          label={`delta of unit ${unit} in layer ${layer} equals ${fmt(d.slope)} times ${fmt(d.sum)}, which is ${fmt(d.delta)}`}
        />
      </ScrollRegion>
      <dl className="vg-facts">
        <div>
          <dt>
            Pre-activation a<sub>{unit}</sub>
          </dt>
          <dd>{fmt(d.a)}</dd>
        </div>
        <div>
          <dt>Slope h′(a)</dt>
          <dd>{fmt(d.slope)}</dd>
        </div>
        <div>
          <dt>Terms in the sum</dt>
          <dd>
            {d.terms.length} (one per unit of {above})
          </dd>
        </div>
        <div>
          <dt>δ from the formula</dt>
          <dd data-testid="delta-formula-value">{fmt(d.delta)}</dd>
        </div>
        <div>
          <dt>δ from the engine’s backward pass</dt>
          <dd data-testid="delta-engine-value">{fmt(d.engineDelta)}</dd>
        </div>
        <div>
          <dt>
            ∂E/∂w<sub>{unit}1</sub> = δ<sub>{unit}</sub> · z<sub>1</sub>
          </dt>
          <dd>
            {fmt(d.engineDelta)} × {fmt(z1)} = {fmt(d.engineDelta * z1)}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** "The product along one path": the slope product and the path table. */
function PathProduct({ unit, rows, act }: { unit: number; rows: PathRow[]; act: Activation }) {
  const slopeTex = slopeProductTex(rows, act);
  const last1 = rows[rows.length - 1];
  return (
    <>
      <h3>The product along one path</h3>
      <p>
        Follow unit {unit} of every hidden layer, from the top hidden layer down to layer 1. Each step back multiplies
        the signal by that unit’s slope h′(a) and by the weight it passes through. The running products show how much of
        the output’s error signal survives along this one path.
      </p>
      {slopeTex && (
        <ScrollRegion className="vg-scroll" role="group" label="The product of the slopes along the path">
          <Formula
            display
            throttleMs={300}
            tex={slopeTex}
            label={`product of the slopes along the path: ${fmt(last1.slopeProduct)}`}
          />
        </ScrollRegion>
      )}
      <div className="vg-table-wrap">
        <DataTable
          className="vg-table vg-path"
          testId="path-table"
          caption={`Slopes and weights along the path through unit ${unit}, from the top hidden layer to layer 1`}
          corner="Layer"
          columns={PATH_COLUMNS}
          rows={rows.map((r) => ({ ...r, key: String(r.layer), head: r.layer }))}
          cell={(r, c) => fmt(r[c.key])}
        />
      </div>
      <p className="small">
        This is one path of many (every unit feeds every unit of the layer above), and the paths add up with signs that
        can cancel. But every path down through the same layers picks up one slope per layer, and with sigmoid each of
        those is at most ¼: that is why the whole layer’s gradient shrinks, not just this path.
      </p>
    </>
  );
}

export const BackpropSection = memo(function BackpropSection({
  runs,
  snap: live,
  depth,
  info,
}: {
  runs: RunView[];
  snap: GradientsSnapshot | null;
  depth: number;
  info: GradientsInfo | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const last = useRef(live);
  const snap = useFrozenWhenHidden(live, useInView(box), last);
  const ids = useId();
  const [runIn, setRun] = useState(0);
  const [layerIn, setLayer] = useState(3);
  const [unitIn, setUnit] = useState(1);
  const [pointIn, setPoint] = useState(1);
  const run = Math.min(runIn, runs.length - 1);
  const layer = Math.max(1, Math.min(layerIn, depth));
  const width = snap?.sizes[layer] ?? 1;
  const unit = Math.min(unitIn, width);
  const S = snap ? sampleCount(snap) : 0;
  const point = Math.min(pointIn, Math.max(1, S));
  const act = runs[run].act;
  const d = snap ? deltaTerms(snap, act, run, layer, unit - 1, point - 1) : null;
  const rows = snap ? pathRows(snap, act, run, unit - 1, point - 1) : [];
  const up = snap?.sizes[layer + 1] ?? 0;
  const above = layer === depth ? 'the output layer' : `layer ${layer + 1}`;
  const z1 = firstInput(snap, info, act, run, layer, point, S);

  return (
    <Section id="backprop" title="Follow one error signal backwards">
      <div ref={box}>
        <p>
          Pick a unit. Its error signal δ is the weighted sum of the signals of the units it feeds, times its own slope
          h′(a). The numbers are the current ones, for one training point and that point’s own loss E; the network keeps
          training while you read.
        </p>
        <BackpropPickers ids={ids} runs={runs} run={run} setRun={setRun}>
          <UnitPicker
            idPrefix={ids}
            depth={depth}
            layer={layer}
            onLayer={setLayer}
            units={width}
            unit={unit}
            onUnit={setUnit}
            points={S}
            point={point}
            onPoint={setPoint}
          />
        </BackpropPickers>
        {d ? (
          <DeltaReadout
            d={d}
            formula={deltaTex(d, act, layer, unit, up)}
            unit={unit}
            layer={layer}
            above={above}
            z1={z1}
          />
        ) : (
          <p className="small">Waiting for the first measurement…</p>
        )}

        <PathProduct unit={unit} rows={rows} act={act} />
      </div>
    </Section>
  );
});
