import { Section } from '../../src/kit';
import { memo } from 'react';
import { Formula } from '../../src/math/Formula';
import {
  BigLrExercise,
  DeepSigmoidGoal,
  DepthSentence,
  LrSentence,
  MeanSlopeExercise,
  RaceExercise,
} from './Exercises';

export const Prose = memo(function Prose() {
  return (
    <>
      <Section id="what" title="What an activation function does">
        <p>
          Every unit of a layer first forms a weighted sum of its inputs, the <em>pre-activation</em>, and then bends it
          with a fixed function h, the <em>activation</em>:
        </p>
        <Formula display tex="a = W z + b, \qquad z' = h(a)" label="a equals W z plus b; z prime equals h of a" />
        <p>
          Without the bend, stacking layers would gain nothing: a linear function of a linear function is still linear,
          and the deepest network would draw only straight decision boundaries. The choice of h decides what shapes the
          network can draw — and, as this lesson shows, how quickly it learns to draw them.
        </p>
        <RaceExercise />
      </Section>

      <Section id="sigmoid" title="Sigmoid and tanh: smooth, bounded, and tired at the edges">
        <p>For decades the default was the logistic sigmoid, a smooth step from 0 to 1:</p>
        <Formula
          display
          tex="\sigma(a) = \frac{1}{1 + e^{-a}}, \qquad \sigma'(a) = \sigma(a)\,\bigl(1 - \sigma(a)\bigr) \le \tfrac14"
          label="sigma of a equals 1 over 1 plus e to the minus a; its slope, sigma of a times 1 minus sigma of a, is at most one quarter"
        />
        <p>
          Its slope is largest at a = 0, and even there it is only ¼. Its cousin tanh is a stretched, centred sigmoid
          (tanh(a) = 2σ(2a) − 1) with a steeper slope:
        </p>
        <Formula display tex="\tanh'(a) = 1 - \tanh^2(a) \le 1" />
        <p>
          Both <em>saturate</em>: for large |a| the curve is flat and the derivative is nearly 0. A saturated unit
          passes almost no error signal backwards, so the weights feeding it hardly change. The plots after the next
          exercise show where the sigmoid’s units sit on that curve.
        </p>
        <MeanSlopeExercise />
      </Section>
    </>
  );
});

/**
 * The rest of the prose. The derivative plots sit between the two parts (Lesson.tsx), after
 * exercise 2: their "mean h′" readouts would otherwise answer it before it is asked.
 */
export const ProseAfterDerivatives = memo(function ProseAfterDerivatives() {
  return (
    <>
      <Section id="relu" title="The rectifier: as simple as it gets">
        <p>The rectified linear unit keeps positive inputs and zeroes the rest:</p>
        <Formula
          display
          tex="\mathrm{ReLU}(a) = \max(0, a), \qquad \mathrm{ReLU}'(a) = \begin{cases} 1 & a > 0 \\ 0 & a < 0 \end{cases}"
        />
        <p>
          It costs one comparison, its derivative is trivial, and it saturates on one side only. At a = 0 it has a kink
          and no derivative; in practice we use either one-sided slope (a <em>subgradient</em>) — this textbook uses 0,
          as most libraries do. Nair & Hinton (2010) showed that rectified units improve restricted Boltzmann machines;
          Glorot, Bordes & Bengio (2011) showed that deep supervised networks of rectifiers train better than ones of
          sigmoid or tanh units, even without pre-training; and by AlexNet (Krizhevsky, Sutskever & Hinton, 2012) they
          had become the default.
        </p>
        <p>Two relatives smooth or soften the kink:</p>
        <Formula
          display
          tex="\mathrm{softplus}(a) = \log(1 + e^{a}),\quad \mathrm{softplus}'(a) = \sigma(a); \qquad \mathrm{LReLU}(a) = \begin{cases} a & a > 0 \\ 0.01\,a & a \le 0\end{cases}"
        />
        <p>
          Softplus (Dugas et al., 2001) is a smooth ReLU whose derivative is exactly the sigmoid. Leaky ReLU (Maas,
          Hannun & Ng, 2013) keeps a small slope for negative inputs so that a unit is never completely switched off.
          Tick them under “Activations compared” to race them too.
        </p>
      </Section>

      <Section id="why" title="Why the rectifier trains faster">
        <p>
          Backpropagation sends an error signal δ backwards through the network. For unit j it is the weighted sum of
          the signals of the units it feeds, multiplied by its own slope:
        </p>
        <Formula
          display
          tex="\delta_j = h'(a_j) \sum_k w_{kj}\, \delta_k, \qquad \frac{\partial E}{\partial w_{ji}} = \delta_j\, z_i"
        />
        <p>
          Every layer multiplies the signal by another h′. With sigmoids each factor is at most ¼, so a few layers back
          the signal — and with it the learning — has shrunk by orders of magnitude. On a ReLU unit that is on, h′ = 1:
          the signal passes through unshrunk. That is the whole trick, and the “mean h′” readouts of the derivative
          plots show it as a number: about 0.2 or less for sigmoid, about one half for ReLU (half its units are on,
          passing the signal at full strength).
        </p>
        <p>
          Two more things follow from the shape. With symmetric random initial weights, about half of the ReLU units are
          off for any given input: the network’s activity is <em>sparse</em>. And the network is{' '}
          <em>piecewise linear</em>: each input selects which units are on, and within the region of inputs that select
          the same units, the output is simply a linear function of the input. The decision boundaries of the ReLU
          network are made of straight pieces for this reason; look closely.
        </p>
        <DepthSentence />
        <DeepSigmoidGoal />
      </Section>

      <Section id="risks" title="The risks: dead units and unbounded activity">
        <p>
          A ReLU unit that is off for <em>every</em> training input receives no gradient at all, so it can never switch
          back on: it is <strong>dead</strong>. A too-large learning rate or an unlucky update can kill many units at
          once; the “Dead” readout counts them. A leaky ReLU unit never dies — on the negative side it still passes 1%
          of the signal — so its card counts units that are negative for every input instead (“Always &lt; 0”): they
          learn slowly but can come back. Leaky ReLU is one cure, a smaller learning rate another. And since ReLU has no
          upper bound, activations can grow large; weight decay and other regularizers (a later lesson) keep them in
          check.
        </p>
        <LrSentence />
        <BigLrExercise />
      </Section>

      <Section id="try" title="Try this">
        <ol className="try">
          <li>
            With the defaults (XOR, two layers of 8), press play. ReLU and tanh find the four quadrants within a few
            hundred steps; sigmoid idles on a plateau first.
          </li>
          <li>
            Set hidden layers to 5. The sigmoid network barely moves: its error signal shrinks at every layer. ReLU
            still learns.
          </li>
          <li>
            Choose the two-spiral dataset and a learning rate of 0.3. It takes a few thousand steps, but the rectifier’s
            piecewise-linear boundary winds its way around both arms.
          </li>
          <li>
            Push the learning rate to 3 or more. Watch the dead-unit count climb, or the loss blow up and training pause
            with an explanation.
          </li>
          <li>
            Change the seed. Do the conclusions survive a different start? (They should: that is what makes them
            conclusions.)
          </li>
        </ol>
      </Section>
    </>
  );
});

/** Works cited in this lesson (shown by the shared ReferencesSection). */
export const REFERENCES = [
  'Dugas, C., Bengio, Y., Bélisle, F., Nadeau, C. & Garcia, R. (2001). Incorporating second-order functional knowledge for better option pricing. NIPS.',
  'Glorot, X. & Bengio, Y. (2010). Understanding the difficulty of training deep feedforward neural networks. AISTATS.',
  'Glorot, X., Bordes, A. & Bengio, Y. (2011). Deep sparse rectifier neural networks. AISTATS.',
  'Krizhevsky, A., Sutskever, I. & Hinton, G. E. (2012). ImageNet classification with deep convolutional neural networks. NIPS.',
  'Lang, K. J. & Witbrock, M. J. (1988). Learning to tell two spirals apart. Connectionist Models Summer School.',
  'Maas, A. L., Hannun, A. Y. & Ng, A. Y. (2013). Rectifier nonlinearities improve neural network acoustic models. ICML Workshop.',
  'Nair, V. & Hinton, G. E. (2010). Rectified linear units improve restricted Boltzmann machines. ICML.',
];
