import { Section } from '../../src/kit';
import { memo, useRef } from 'react';
import type { RegMethod, RegularizeSnapshot } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { fmt, tex } from '../../src/math/format';
import { useFrozenWhenHidden, useInView } from '../../src/viz/useInView';

interface Knobs {
  l2: number;
  l1: number;
  keep: number;
  lr: number;
}

/** The four regularizers as formulas, filled in with the live numbers of the lab above. */
export const Mechanics = memo(function Mechanics({
  methods,
  snap: live,
  k,
}: {
  methods: RegMethod[];
  snap: RegularizeSnapshot | null;
  k: Knobs;
}) {
  // Off screen, keep the last snapshot instead of re-typesetting at 30 Hz.
  const box = useRef<HTMLDivElement>(null);
  const last = useRef(live);
  const snap = useFrozenWhenHidden(live, useInView(box), last);
  const at = (m: RegMethod) => methods.indexOf(m);
  const r2 = at('l2');
  const r1 = at('l1');
  const E2 = r2 >= 0 ? snap?.trainLoss[r2] : undefined;
  const w2 = r2 >= 0 ? snap?.weightNorm?.[r2] : undefined;
  const E1 = r1 >= 0 ? snap?.trainLoss[r1] : undefined;
  const w1 = r1 >= 0 ? snap?.weightL1?.[r1] : undefined;
  const best = snap?.early;
  const t = best?.bestStep ?? 0;
  const lam = t > 0 ? 1 / (2 * k.lr * t) : undefined;

  return (
    <Section id="mechanics" title="The four remedies, in formulas (live)">
      <div ref={box}>
        <p>
          Every network above minimizes the same cross-entropy E on the training points. L2 and L1 add a{' '}
          <em>penalty</em> Ω on the weights (not the biases) to what gradient descent minimizes. With the numbers of the
          L2 network right now:
        </p>
        <Formula
          display
          tex={`E + \\lambda_2 \\lVert w \\rVert_2^2 = ${tex(E2)} + ${tex(k.l2)} \\times ${tex(w2 === undefined ? undefined : w2 * w2)} = ${tex(E2 === undefined || w2 === undefined ? undefined : E2 + k.l2 * w2 * w2)}`}
          label="E plus lambda two times the squared norm of the weights"
        />
        <p>
          Its gradient adds 2λ₂w to each weight’s gradient, so one step of plain gradient descent (this lab’s optimizer)
          first shrinks every weight by a constant factor, then follows the data. That is why, with plain gradient
          descent, L2 is also called <em>weight decay</em> (with Adam it is not the same thing: see the L2 section
          below):
        </p>
        <Formula
          display
          tex={`w \\leftarrow (1 - 2\\eta\\lambda_2)\\,w - \\eta\\,\\frac{\\partial E}{\\partial w} = ${tex(1 - 2 * k.lr * k.l2, 6)}\\,w - ${tex(k.lr)}\\,\\frac{\\partial E}{\\partial w}`}
          label="w becomes one minus two eta lambda two, times w, minus eta times the gradient of E"
        />
        <p>
          L1 penalizes the absolute values instead. Its (sub)gradient is λ₁·sign(w): the same pull towards zero for a
          small weight as for a big one.
        </p>
        <Formula
          display
          tex={`E + \\lambda_1 \\lVert w \\rVert_1 = ${tex(E1)} + ${tex(k.l1)} \\times ${tex(w1)} = ${tex(E1 === undefined || w1 === undefined ? undefined : E1 + k.l1 * w1)}`}
          label="E plus lambda one times the sum of absolute weights"
        />
        <Formula
          display
          tex={`w \\leftarrow w - \\eta\\lambda_1\\,\\mathrm{sign}(w) - \\eta\\,\\frac{\\partial E}{\\partial w}, \\qquad \\eta\\lambda_1 = ${tex(k.lr * k.l1)}`}
          label="w moves by eta lambda one times the sign of w, then follows the gradient of E"
        />
        <p>
          Dropout changes the network instead of the loss. While training, each hidden unit’s output h is kept with
          probability p and otherwise set to zero, independently for every unit and every example; kept outputs are
          divided by p (<em>inverted dropout</em>), so that on average nothing changes and the full network can be used
          as it is at test time:
        </p>
        <Formula
          display
          tex={`\\tilde h = \\frac{m}{p}\\,h,\\quad m \\sim \\mathrm{Bernoulli}(p) \\;\\Rightarrow\\; \\mathbb{E}[\\tilde h] = \\frac{p \\cdot 1 + (1-p)\\cdot 0}{p}\\,h = h, \\qquad p = ${tex(k.keep)}`}
          label="h tilde equals m over p times h, with m Bernoulli of p, so the expected value of h tilde is h"
        />
        <p>
          Early stopping changes when we stop. For a quadratic loss, t steps of gradient descent with learning rate η
          from small weights end up close to where the minimum of the L2-penalized loss lies, with a strength that falls
          as training goes on (Goodfellow, Bengio & Courville, 2016, §7.8). In this page’s notation (penalty λ₂‖w‖²):
        </p>
        <Formula
          display
          tex={`\\lambda_2 \\approx \\frac{1}{2\\eta t}${lam === undefined ? '' : ` = \\frac{1}{2 \\times ${tex(k.lr)} \\times ${t}} = ${tex(lam)}`}`}
          label="lambda two is about one over two eta t"
        />
        <p className="muted">
          {lam === undefined
            ? 'Train with early stopping shown to fill in t, the step of its best held-out loss.'
            : `t = ${t} is the step of early stopping’s best held-out loss so far; the L2 slider is at λ₂ = ${fmt(k.l2, 2)}. The formula is a rule of thumb for a quadratic bowl, not an identity for this network.`}
        </p>
      </div>
    </Section>
  );
});
