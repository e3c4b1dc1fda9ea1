import { Section } from '../../src/kit';
import { memo } from 'react';
import { Formula } from '../../src/math/Formula';
import {
  DepthSentence,
  ExplodingExercise,
  HowSmallExercise,
  RatioGoal,
  StuckLossExercise,
  WidthSentence,
} from './Exercises';

export const Prose = memo(function Prose() {
  return (
    <>
      <SignalSection />
      <VanishSection />
      <ExplodeSection />
      <InitSection />
      <RemediesSection />
      <TrySection />
    </>
  );
});

function SignalSection() {
  return (
    <Section id="signal" title="The error signal travels backwards">
      <p>
        A layer computes a pre-activation a = W z + b from the activations z of the layer below and passes on z′ = h(a).
        Backpropagation (Rumelhart, Hinton &amp; Williams, 1986) gives every unit j an error signal δ<sub>j</sub> =
        ∂E/∂a<sub>j</sub>. It starts at the output and is computed one layer at a time, from the layer above:
      </p>
      <Formula
        display
        tex="\delta_j = h'(a_j) \sum_k w_{kj}\, \delta_k, \qquad \frac{\partial E}{\partial w_{ji}} = \delta_j\, z_i"
        label="delta j equals h prime of a j times the sum over k of w k j times delta k; the gradient of E with respect to w j i is delta j times z i"
      />
      <p>
        The sum runs over the units k that unit j feeds. The second formula is how the signal becomes learning: the
        gradient of a weight is the error signal of the unit it feeds times the activity of the unit it comes from. No
        signal, no learning.
      </p>
      <p>
        Read the first formula as a recipe for one step backwards: multiply by the weights, then by the slope h′ of each
        unit. Going back through L layers repeats that recipe L times, so the signal that reaches layer 1 is a{' '}
        <em>product</em> of L such factors. A product of many numbers below 1 shrinks geometrically; a product of many
        numbers above 1 grows geometrically. Those are the two failure modes of this lesson: <strong>vanishing</strong>{' '}
        and <strong>exploding</strong> gradients. Hochreiter (1991) analysed them first, and Bengio, Simard &amp;
        Frasconi (1994) showed why they make long chains of computation hard to learn by gradient descent.
      </p>
      <HowSmallExercise />
    </Section>
  );
}

function VanishSection() {
  return (
    <Section id="vanish" title="Why sigmoid networks lose the signal">
      <Formula display tex="\sigma'(a) = \sigma(a)\,\bigl(1 - \sigma(a)\bigr) \le \tfrac14" />
      <p>
        The sigmoid’s slope is at most ¼, reached only at a = 0. So every layer multiplies the signal by slopes of at
        most ¼, and eight layers’ slopes multiply to at most (¼)⁸ ≈ 1.5 × 10⁻⁵. The weights multiply it again: small
        ones shrink it further, and only large ones could make up for the slopes. That is the first preset: the output
        layer’s weights get gradients of about 0.1, layer 1’s about 10⁻¹⁰. What does a network whose first layers hardly
        move learn?
      </p>
      <StuckLossExercise />
      <p>
        Its loss sits at 0.693 = ln 2, the loss of a network that answers “50 %” for every point, because the layers
        near the input, which would have to build the features, hardly move.
      </p>
      <p>
        <strong>Saturation</strong> makes it worse. Where |a| is large, the sigmoid is flat: σ′(5) ≈ 0.0066 and σ′(10) ≈
        0.000045. A saturated unit multiplies the signal passing through it by almost nothing, so every unit behind it
        on that path — closer to the input — receives almost no gradient either, however well it could learn. The
        histograms show saturated sigmoid units as piles at 0 and 1. tanh has the same shape, but its slope reaches 1 at
        a = 0 (tanh′ = 1 − tanh² ≤ 1), so it loses the signal more slowly.
      </p>
      <DepthSentence />
    </Section>
  );
}

function ExplodeSection() {
  return (
    <Section id="explode" title="And what large weights do">
      <ExplodingExercise />
      <p>
        The weights are the other factor. If they are large, each layer multiplies the signal by more than 1 and it
        grows geometrically on its way back (and, with ReLU, on its way forward too). The “ReLU, too large” preset draws
        the weights four times larger than He’s rule: after eight layers the pre-activations are tens of thousands, the
        gradients are enormous, and within a few updates the weights are thrown so far that the loss becomes NaN.
        Training pauses and says so. A small enough learning rate would keep each step stable, but it has to shrink with
        the gradients themselves, so the well-scaled layers then barely move: training no longer blows up, it crawls.
        The cure is a sensible scale for the initial weights. (Clipping the gradient’s length, common in recurrent
        networks, is a safety net for the same problem; Pascanu, Mikolov &amp; Bengio, 2013.) With sigmoid or tanh,
        large weights do something different: they push many units into saturation, where the slope is nearly 0, while
        multiplying whatever still gets through by a large weight. Which effect wins depends on the details; the
        histograms show the saturation either way.
      </p>
    </Section>
  );
}

function InitSection() {
  return (
    <Section id="init" title="Initialization: keep the signal the same size">
      <p>
        If the weights are drawn independently of the inputs z<sub>i</sub> and of each other, with mean 0, the variance
        of a unit’s pre-activation is a sum of n<sub>in</sub> equal terms, each the weights’ variance times the inputs’
        mean square E[z²] (which is Var(z) when the inputs have mean 0):
      </p>
      <Formula display tex="\operatorname{Var}(a_j) = n_{\text{in}}\,\operatorname{Var}(w)\,\mathbb{E}[z^2]" />
      <p>
        For a unit that passes its input on unchanged near 0 (slope h′(0) = 1, like tanh), keeping the forward signal
        the same size from layer to layer asks for Var(w) = 1/n<sub>in</sub>; the same argument run backwards asks for
        1/n<sub>out</sub>. Glorot &amp; Bengio (2010) took the compromise
      </p>
      <Formula
        display
        tex="\text{Glorot (Xavier)}: \quad \operatorname{std}(w) = \sqrt{\frac{2}{n_{\text{in}} + n_{\text{out}}}}"
      />
      <p>
        They had plotted the histograms of activations and back-propagated gradients layer by layer — the pictures in
        the section above — and found that with the then-usual initialization the distributions collapsed with depth:
        sigmoid units of the top hidden layer saturated, and the gradients shrank from layer to layer. With their
        normalized initialization and tanh units the distributions stayed similar across layers.
      </p>
      <p>
        The derivation assumes that slope of 1. A sigmoid’s slope is at most ¼, so with Glorot’s weights each sigmoid
        layer still passes back roughly a quarter of the signal or less: the gradients keep shrinking with depth, only
        more slowly than with small weights (the “Try this” list below measures it). No choice of weight scale alone
        fixes the sigmoid: larger weights push its units into saturation.
      </p>
      <p>
        A ReLU unit is off for about half its inputs. If its pre-activation a is symmetric about 0, that halves the mean
        square it passes on, E[ReLU(a)²] = ½ E[a²] (the variance falls by more, because the outputs are no longer
        centred; the formula above needs the mean square). He et al. (2015) doubled the weights’ variance to make up for
        it, and with this rule trained a 30-layer rectifier network from scratch:
      </p>
      <Formula display tex="\text{He}: \quad \operatorname{std}(w) = \sqrt{\frac{2}{n_{\text{in}}}}" />
      <p>
        ReLU helps for its own reason too: on an active unit h′ = 1, so the activation does not shrink the signal at
        all. That is the second preset — eight ReLU layers with He initialization have gradients of similar size in
        every layer, and they learn the circle in a few hundred steps from the same seed that leaves the sigmoid network
        stuck.
      </p>
      <WidthSentence />
      <RatioGoal />
    </Section>
  );
}

function RemediesSection() {
  return (
    <Section id="remedies" title="The remedies">
      <ul>
        <li>
          <strong>Rectifiers.</strong> ReLU passes the signal at full strength through every active unit; see the lesson{' '}
          <a href="#/lessons/relu-vs-sigmoid">ReLU vs sigmoid</a>.
        </li>
        <li>
          <strong>Good initialization.</strong> Glorot for tanh, He for ReLU: weights scaled to the layer’s width keep
          activations and gradients about the same size through the depth (this lesson). For sigmoid, Glorot’s scale
          helps but cannot undo the slope of at most ¼.
        </li>
        <li>
          <strong>Layer-wise pre-training.</strong> Train one layer at a time, so no gradient has to cross the whole
          depth, then fine-tune (Hinton &amp; Salakhutdinov, 2006; Bengio et al., 2007); see the lesson{' '}
          <a href="#/lessons/layer-wise-pretraining">Layer-wise pre-training</a>.
        </li>
        <li>
          <strong>Batch normalization.</strong> Re-centre and re-scale each layer’s pre-activations on every mini-batch,
          so they cannot drift into saturation or blow up (Ioffe &amp; Szegedy, 2015) — coming later, in “Batch
          normalization and residuals”.
        </li>
        <li>
          <strong>Residual connections.</strong> Add each block’s input to its output, z′ = z + F(z): the sum gives the
          gradient a path back that is not multiplied by any layer’s factors (He et al., 2016) — coming later, in the
          same lesson.
        </li>
      </ul>
    </Section>
  );
}

function TrySection() {
  return (
    <Section id="try" title="Try this">
      <ol className="try">
        <li>
          Press play on the side-by-side preset. Network B (ReLU + He) learns the circle within a few hundred steps;
          network A (sigmoid, small init) stays at a loss of 0.693. Compare their ratios ‖∂E/∂W₁‖ ÷ ‖∂E/∂W<sub>L</sub>‖
          at the start: about 10⁻⁹ against roughly 1 (between 0.07 and 4 for seeds 1 to 10).
        </li>
        <li>
          Open the table under the loss chart: in the sigmoid network each layer’s gradient is roughly ten times smaller
          than the one above it. Drag “Hidden layers” down to 2 and the gap between layer 1 and the output closes.
        </li>
        <li>
          Keep the sigmoid, but choose Glorot initialization. The line in the gradient chart gets much flatter (a ratio
          near 10⁻⁵ instead of 10⁻⁹), but it still falls towards layer 1: sigmoid’s ¼ is still there.
        </li>
        <li>
          Choose “Too large” for the sigmoid network and look at the histograms: the activations pile up at 0 and 1.
          Saturated units pass almost nothing back, but the big weights amplify what does get through, and here the two
          partly cancel (a ratio of about 0.08 on seed 1, between 10⁻³ and 10⁻¹ for seeds 1 to 10, not 10⁻⁹). What
          decides is the product of slope and weight, layer after layer — exactly what the δ formula above multiplies.
        </li>
        <li>
          Press “ReLU, too large”, then play. Training stops within a few steps with an explanation; switch to He
          initialization and it trains.
        </li>
        <li>Change the seed. The numbers change; the orders of magnitude do not.</li>
      </ol>
    </Section>
  );
}

/** Works cited in this lesson (shown by the shared ReferencesSection). */
export const REFERENCES = [
  'Bengio, Y., Lamblin, P., Popovici, D. & Larochelle, H. (2007). Greedy layer-wise training of deep networks. NIPS.',
  'Bengio, Y., Simard, P. & Frasconi, P. (1994). Learning long-term dependencies with gradient descent is difficult. IEEE Transactions on Neural Networks 5(2).',
  'Glorot, X. & Bengio, Y. (2010). Understanding the difficulty of training deep feedforward neural networks. AISTATS.',
  'He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving deep into rectifiers: surpassing human-level performance on ImageNet classification. ICCV.',
  'He, K., Zhang, X., Ren, S. & Sun, J. (2016). Deep residual learning for image recognition. CVPR.',
  'Hinton, G. E. & Salakhutdinov, R. R. (2006). Reducing the dimensionality of data with neural networks. Science 313.',
  'Hochreiter, S. (1991). Untersuchungen zu dynamischen neuronalen Netzen. Diploma thesis, Technische Universität München.',
  'Ioffe, S. & Szegedy, C. (2015). Batch normalization: accelerating deep network training by reducing internal covariate shift. ICML.',
  'Pascanu, R., Mikolov, T. & Bengio, Y. (2013). On the difficulty of training recurrent neural networks. ICML.',
  'Rumelhart, D. E., Hinton, G. E. & Williams, R. J. (1986). Learning representations by back-propagating errors. Nature 323.',
];
