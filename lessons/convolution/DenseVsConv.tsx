import { InlineSlider, Section } from '../../src/kit';
import { memo, useId, useState } from 'react';
import { denseVsConvCounts } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { compact } from '../../src/math/format';
import { COUNTER_SIDE } from './params';

/** A live count of weights and connections: one dense layer vs one conv layer on the same image. */
export const DenseVsConv = memo(function DenseVsConv() {
  const ids = useId();
  const [side, setSide] = useState<number>(COUNTER_SIDE.default);
  const [kernel, setKernel] = useState(5);
  const [maps, setMaps] = useState(8);
  const [units, setUnits] = useState(100);
  const c = denseVsConvCounts({
    inputH: side,
    inputW: side,
    kernel: Math.min(kernel, side),
    featureMaps: maps,
    hiddenUnits: units,
  });
  const big = () => {
    setSide(1000);
    setKernel(10);
    setMaps(1);
    setUnits(1000);
  };

  return (
    <Section id="dense-vs-conv" title="Why convolution in a network: shared weights">
      <p>
        A 1000×1000 photograph has 10<sup>6</sup> pixels. A dense layer connects every hidden unit to every pixel, each
        link with its own weight: with just 1,000 hidden units that is 10<sup>9</sup> weights to store, compute with and
        learn, from a training set that is far smaller. A convolutional layer makes two bets about images instead:
      </p>
      <ul>
        <li>
          <strong>Local connections.</strong> Each unit looks only at a small m×n window of the layer below, because
          nearby pixels are what matter for edges, strokes and corners.
        </li>
        <li>
          <strong>Shared weights.</strong> All units of one feature map use the same kernel at every position. A stroke
          detector that works in the top-left corner works everywhere, so it is learned once. Shift the input and the
          feature map shifts with it: the layer is <em>translation equivariant</em>.
        </li>
      </ul>
      <p>
        Far fewer weights means less memory, faster learning from fewer examples, and less overfitting. Set the sizes
        below and compare; the button loads the photograph example.
      </p>
      <div className="inline-controls dvc-controls">
        <InlineSlider
          id={`${ids}-side`}
          label="Image side"
          value={side}
          min={COUNTER_SIDE.min}
          max={COUNTER_SIDE.max}
          onChange={setSide}
        />
        <InlineSlider id={`${ids}-k`} label="Kernel k" value={kernel} min={1} max={15} onChange={setKernel} />
        <InlineSlider id={`${ids}-f`} label="Feature maps" value={maps} min={1} max={64} onChange={setMaps} />
        <InlineSlider id={`${ids}-h`} label="Dense units" value={units} min={1} max={1000} onChange={setUnits} />
        <button type="button" className="button" onClick={big}>
          1000×1000 photograph
        </button>
      </div>
      <CountsTable c={c} side={side} units={units} maps={maps} k={Math.min(kernel, side)} />
      <p>
        The conv layer needs <strong data-testid="weight-ratio">{compact(Math.round(c.weightRatio))}</strong> times
        fewer weights, yet each of its weights is used at {compact(c.conv.outputH * c.conv.outputW)} positions: it still
        makes {compact(c.conv.connections)} connections. The numbers, for a dense layer with H units and a conv layer
        with F kernels of k×k on an n×n image (no padding, stride 1):
      </p>
      <Formula
        display
        tex="\text{dense: } n^2 H \text{ weights},\ n^2 H \text{ connections}; \qquad \text{conv: } k^2 F \text{ weights},\ (n-k+1)^2\, k^2 F \text{ connections}"
      />
      <p>
        LeCun and colleagues (1990) put this to work on handwritten zip-code digits: their network had about 100,000
        connections but only about 2,600 free parameters, because most weights were shared. It read real postal digits
        with about 1% error and 9% rejects, and grew into LeNet-5 (LeCun et al., 1998), which was used commercially to
        read millions of bank cheques a day.
      </p>
      <p>
        Sharing changes backpropagation in one small way. A shared weight w<sub>i</sub> is used at many positions j;
        each use contributes its own term, and the gradient is their sum:
      </p>
      <Formula
        display
        tex="\frac{\partial E}{\partial w_i} = \sum_{j\,\text{using}\,w_i} \delta_j\, z_i^{(j)}"
        label="dE by d w i equals the sum over positions j that use w i of delta j times the input z i at that position"
      />
      <p>
        Here δ<sub>j</sub> = ∂E/∂a<sub>j</sub> is the error signal of the output unit at position j and z<sub>i</sub>
        <sup>(j)</sup> the input that w<sub>i</sub> multiplies there. In other words, the gradient of a kernel is itself
        a cross-correlation of the layer’s input with the error signals — and that is exactly how the network at the top
        of the page computes it: as one more convolution.
      </p>
    </Section>
  );
});

/** Weights, connections and outputs of the two layers, side by side. */
function CountsTable({
  c,
  side,
  units,
  maps,
  k,
}: {
  c: ReturnType<typeof denseVsConvCounts>;
  side: number;
  units: number;
  maps: number;
  k: number;
}) {
  return (
    <table className="num-table dvc-table" data-testid="dvc-table">
      <caption className="sr-only">
        Weights and connections of a dense layer and a convolutional layer on the same input
      </caption>
      <thead>
        <tr>
          <th scope="col">
            Layer on a {side}×{side} image
          </th>
          <th scope="col">Weights to learn</th>
          <th scope="col">Connections (multiply-adds per image)</th>
          <th scope="col">Outputs</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Dense, {units} units</th>
          <td data-testid="dense-weights">{compact(c.dense.weights)}</td>
          <td>{compact(c.dense.connections)}</td>
          <td>{compact(c.dense.outputs)}</td>
        </tr>
        <tr>
          <th scope="row">
            Conv, {maps} map{maps > 1 ? 's' : ''} of {k}×{k}
          </th>
          <td data-testid="conv-weights">{compact(c.conv.weights)}</td>
          <td>{compact(c.conv.connections)}</td>
          <td>
            {compact(c.conv.outputs)} ({c.conv.outputH}×{c.conv.outputW}×{maps})
          </td>
        </tr>
      </tbody>
    </table>
  );
}
