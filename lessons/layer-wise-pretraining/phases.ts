import type { PhaseInfo, PhaseKind } from '../../src/engine';

const SUB = '₀₁₂₃₄₅₆₇₈₉';
export const sub = (n: number) => String(n).replace(/\d/g, (d) => SUB[+d]);

/** What a phase looks like on the network diagram, and what to say about it. */
export interface PhaseView {
  title: string;
  /** Column sizes drawn, input first. */
  sizes: number[];
  labels: string[];
  frozen: boolean[];
  /** The weight layer being trained (undefined: all of them). */
  highlight?: number;
  trains: string;
  frozenText: string;
  target: string;
}

/**
 * One phase of greedy pre-training (or the final training with labels) on a network with
 * hidden widths `hidden`: the stack below is drawn frozen, the layer being trained and
 * whatever sits on top of it for this phase (decoder or output layer) live.
 */
export function phaseView(
  kind: PhaseKind | 'plain',
  layer: number,
  input: number,
  hidden: number[],
  classes: number,
): PhaseView {
  const H = hidden.length;
  const z = (k: number) => (k === 0 ? 'x' : `z${sub(k)}`);
  if (kind === 'autoencoder') {
    const k = layer;
    const sizes = [input, ...hidden.slice(0, k), k === 1 ? input : hidden[k - 2]];
    return {
      title: `Unsupervised greedy: autoencoder for layer ${k}`,
      sizes,
      labels: [...sizes.slice(0, -1).map((n, i) => `${z(i)} (${n})`), `${z(k - 1)}′ ≈ ${z(k - 1)}`],
      frozen: sizes.slice(1).map((_, l) => l < k - 1),
      highlight: k - 1,
      trains: `layer ${k} as the encoder ${z(k)} = σ(W${sub(k)}${z(k - 1)} + b${sub(k)}), and a decoder ${z(k - 1)}′ = σ(W′${z(k)} + b′) that is thrown away afterwards`,
      frozenText: k === 1 ? 'nothing yet' : `layers 1${k > 2 ? `–${k - 1}` : ''}, trained before`,
      target: `no labels: the layer's own input ${z(k - 1)} (loss ‖${z(k - 1)} − ${z(k - 1)}′‖²)`,
    };
  }
  if (kind === 'supervised') {
    const k = layer;
    const sizes = [input, ...hidden.slice(0, k), classes];
    return {
      title: `Supervised greedy: classifier for layer ${k}`,
      sizes,
      labels: [...sizes.slice(0, -1).map((n, i) => `${z(i)} (${n})`), `ŷ (${classes})`],
      frozen: sizes.slice(1).map((_, l) => l < k - 1),
      highlight: k - 1,
      trains: `layer ${k} as the hidden layer of a two-layer classifier on top of ${z(k - 1)}, with a temporary output layer`,
      frozenText: k === 1 ? 'nothing yet' : `layers 1${k > 2 ? `–${k - 1}` : ''}, trained before`,
      target: 'the labels y (cross-entropy of a softmax output)',
    };
  }
  const sizes = [input, ...hidden, classes];
  if (kind === 'extra') {
    return {
      title: 'Extra epochs: plain backprop and the ReLU network',
      sizes,
      labels: [...sizes.slice(0, -1).map((n, i) => `${z(i)} (${n})`), `ŷ (${classes})`],
      frozen: sizes.slice(1).map(() => false),
      trains: `all ${H + 1} weight layers of the two networks without pre-training, from random weights, for as many epochs as each greedy stack spent pre-training, so all four end with the same number of weight updates`,
      frozenText: 'nothing',
      target: 'the labels y (cross-entropy of a softmax output)',
    };
  }
  return {
    title: kind === 'plain' ? 'Plain backprop from random weights' : 'Fine-tuning: every layer with labels',
    sizes,
    labels: [...sizes.slice(0, -1).map((n, i) => `${z(i)} (${n})`), `ŷ (${classes})`],
    frozen: sizes.slice(1).map(() => false),
    trains:
      kind === 'plain'
        ? `all ${H + 1} weight layers at once, starting from random numbers`
        : `all ${H + 1} weight layers at once, starting from the pre-trained ones and a fresh output layer`,
    frozenText: 'nothing',
    target: 'the labels y (cross-entropy of a softmax output)',
  };
}

export function viewOf(p: PhaseInfo, hidden: number[]): PhaseView {
  return phaseView(p.kind, p.layer, 784, hidden, 10);
}

/** A short name for a phase, for the progress line and the chart tabs. */
export function phaseName(p: PhaseInfo): string {
  if (p.kind === 'autoencoder') return `Autoencoder, layer ${p.layer}`;
  if (p.kind === 'supervised') return `Supervised greedy, layer ${p.layer}`;
  if (p.kind === 'extra') return 'Plain backprop and ReLU: extra epochs with labels';
  return 'All four networks with labels';
}
