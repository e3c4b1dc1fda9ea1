/**
 * What the final phase starts from: the layers each phase leaves behind, kept when the
 * phase ends and copied into the runs of the final phase's network when it starts.
 *
 *   'unsupervised': the autoencoders' encoders (their decoders are kept for the
 *                   reconstructions only); a fresh output layer.
 *   'supervised':   the hidden layers of the greedy classifiers; a fresh output layer
 *                   (the last greedy classifier's temporary output layer is thrown away,
 *                   like all the ones before it, so both stacks start fine-tuning alike).
 *   'plain', 'today': where the extra epochs left them (all layers), or fresh weights.
 *
 * "Fresh" means the final network's own starting weights, which are the same numbers as
 * every other sigmoid network's (same seed and shapes).
 */
import type { BatchedMlp } from '../networks/mlp';
import { type AeLayer, type Layer, readLayer } from './layers';
import { type Method, type PhaseInfo, phaseMethods, runOf } from './schedule';

export class Stacks {
  /** Trained hidden layers of the supervised greedy stack. */
  readonly sup: Layer[] = [];
  /** Trained autoencoders (encoder and decoder) of the unsupervised stack. */
  readonly ae: AeLayer[] = [];
  /** All layers of the networks trained in the extra epochs, by method. */
  readonly extra: Partial<Record<Method, Layer[]>> = {};

  /** Keep what a finished phase leaves behind; returns the new encoder after an autoencoder phase. */
  capture(p: PhaseInfo, net: BatchedMlp): Layer | null {
    if (p.kind === 'autoencoder') {
      const enc = readLayer(net, 0);
      this.ae.push({ enc, dec: readLayer(net, 1) });
      return enc;
    }
    if (p.kind === 'supervised') this.sup.push(readLayer(net, p.layer - 1));
    if (p.kind === 'extra') {
      phaseMethods(p).forEach((m, r) => {
        this.extra[m] = Array.from({ length: net.L }, (_, l) => readLayer(net, l, r));
      });
    }
    return null;
  }

  /** The layer l that method m starts the final phase from (null: the network's fresh weights). */
  startOf(m: Method, l: number): Layer | null {
    switch (m) {
      case 'supervised':
        return this.sup[l] ?? null;
      case 'unsupervised':
        return this.ae[l]?.enc ?? null;
      default:
        return this.extra[m]?.[l] ?? null;
    }
  }

  /** Copy every method's starting layers into its run of the final phase's network. */
  load(net: BatchedMlp, p: PhaseInfo): void {
    for (let l = 0; l < p.sizes.length - 1; l++) {
      const cur = net.layerWeights(l);
      const [nIn, nOut] = [p.sizes[l], p.sizes[l + 1]];
      let changed = false;
      for (const m of phaseMethods(p)) {
        const layer = this.startOf(m, l);
        if (!layer) continue;
        const r = runOf(p, m);
        cur.W.set(layer.W, r * nIn * nOut);
        cur.b.set(layer.b, r * nOut);
        changed = true;
      }
      if (changed) net.setLayerWeights(l, cur.W, cur.b);
    }
  }
}
