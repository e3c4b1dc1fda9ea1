import { Section } from '../../src/kit';
import { memo } from 'react';
import { Formula } from '../../src/math/Formula';
import {
  KeepOneExercise,
  L1ZerosExercise,
  L2Sentence,
  LargestGapExercise,
  MoreDataGoal,
  PointsSentence,
  StrongL2Exercise,
} from './Exercises';

export const Prose = memo(function Prose() {
  return (
    <>
      <OverfittingSection />
      <L2Section />
      <L1Section />
      <EarlyStoppingSection />
      <DropoutSection />
      <MoreDataSection />
      <TrySection />
    </>
  );
});

function OverfittingSection() {
  return (
    <Section id="overfitting" title="Fitting the noise">
      <LargestGapExercise />
      <p>
        The lab gives a network with two hidden layers of 64 units — about 4,300 weights — only 30 training points, and
        some of those points sit on the wrong side of the true boundary because of noise. The network can fit all 30
        exactly, and without help it does (press play and watch the unregularized card): its training loss heads for
        zero while its loss on 200 held-out points, which it never trains on, first falls and then climbs. Its boundary
        grows bays and islands around single points. The difference between the two losses is the{' '}
        <em>generalization gap</em>; each card shows it as a number.
      </p>
      <p>
        Statisticians split the error of a learned model into two parts (Geman, Bienenstock & Doursat, 1992).{' '}
        <em>Bias</em> is the error of being too rigid: a straight line cannot follow XOR, however much data it sees.{' '}
        <em>Variance</em> is the error of being too pliable: a model that can bend around every point also bends around
        the noise, and a different sample of 30 points would give a quite different boundary. The big network has almost
        no bias and a lot of variance. Regularization trades a little bias for much less variance: it makes some
        boundaries harder to reach, in the hope that the wiggly ones it rules out are the wrong ones.
      </p>
    </Section>
  );
}

function L2Section() {
  return (
    <Section id="l2" title="L2: keep the weights small">
      <p>
        A wiggly boundary needs large weights: to turn sharply between two nearby points, a tanh unit must be steep, and
        steepness is weight size. Penalizing the squared size of the weights, λ₂‖w‖², makes every weight pay rent. The
        penalty’s gradient is proportional to the weight, so with plain gradient descent, as in this lab, each step
        shrinks all weights by the same factor before the data pushes back — <em>weight decay</em>, studied for neural
        networks by Krogh & Hertz (1992), and known in linear regression as ridge regression (Hoerl & Kennard, 1970).
        The two names mean the same update only for plain (stochastic) gradient descent. An adaptive optimizer such as
        Adam divides each weight’s gradient, the penalty’s part included, by that weight’s own running scale, so an L2
        penalty no longer shrinks every weight by one factor; Loshchilov & Hutter (2019) showed this and proposed{' '}
        <em>decoupled</em> weight decay (AdamW), which shrinks the weights directly, outside the adaptive step. Weights
        the data needs stay; weights it does not need decay away. Watch the L2 card’s weight histogram: narrower than
        the others, but with few weights exactly at zero.
      </p>
      <L2Sentence />
      <StrongL2Exercise />
    </Section>
  );
}

function L1Section() {
  return (
    <Section id="l1" title="L1: make most weights zero">
      <p>
        The L1 penalty λ₁‖w‖₁ pulls every weight towards zero with the same force, however small it already is. A weight
        whose gradient from the data is weaker than λ₁ is pulled all the way to zero and held there, jittering within
        ηλ₁ of it. So L1 gives <em>sparse</em> weights — many exactly (here: nearly) zero, the rest free to be large —
        where L2 gives small ones. Its histogram shows a spike at zero, and the “|w| ≈ 0” readout climbs as training
        goes on. In linear regression this is the lasso (Tibshirani, 1996), used to pick out the few inputs that matter.
      </p>
      <L1ZerosExercise />
      <Formula
        display
        tex="\frac{\partial}{\partial w}\,\lambda_2 w^2 = 2\lambda_2 w \;\to 0 \text{ as } w \to 0, \qquad \frac{\partial}{\partial w}\,\lambda_1 |w| = \lambda_1\,\mathrm{sign}(w)"
        label="the L2 pull vanishes near zero, the L1 pull does not"
      />
    </Section>
  );
}

function EarlyStoppingSection() {
  return (
    <Section id="early-stopping" title="Early stopping: quit while ahead">
      <p>
        The unregularized network’s held-out loss has a minimum: before it the network is still learning the pattern,
        after it mostly the noise. Early stopping keeps a copy of the weights whenever the held-out loss reaches a new
        low, and after <em>patience</em> steps without a new low it stops and puts that copy back. The dot on the loss
        chart marks the minimum it kept. It costs nothing but a held-out set, and it acts like L2: weights start small
        and grow as training goes on, so stopping at step t keeps them about as small as a penalty of strength about
        1/(2ηt) would (Goodfellow, Bengio & Courville, 2016, §7.8 — the formula above works it out live).
      </p>
      <p>
        A caution this lab glosses over: choosing when to stop by the held-out loss and then reporting that same loss
        flatters the result a little. In practice one keeps three sets — training, validation (for choices like this
        one) and a test set looked at once, at the end.
      </p>
    </Section>
  );
}

function DropoutSection() {
  return (
    <Section id="dropout" title="Dropout: an ensemble of thinned networks">
      <p>
        Dropout (Hinton et al., 2012; Srivastava et al., 2014) switches off each hidden unit at random, with probability
        1 − p, for every example of every training step. Each step thus trains a different “thinned” network, drawn from
        the 2¹²⁸ ways of keeping some of the 128 hidden units, all sharing one set of weights. No unit can rely on a
        particular partner being present, so units cannot team up to memorize a point. At test time every unit is on;
        because training divided kept outputs by p, each unit’s expected output is the same as during training.
        Srivastava et al. (2014) call this the weight-scaling rule: the one full network stands in for the whole
        ensemble of thinned networks. What it approximates is the ensemble’s normalized <em>geometric</em> mean
        prediction, not the arithmetic average of the thinned networks’ outputs: for one layer of dropout units feeding
        a softmax it is exactly that geometric mean (Hinton et al., 2012), and with deeper, nonlinear networks it is an
        approximation that worked well in their experiments. Combining many models is a classic way to cut variance. The
        price: noisier, slower training. The dropout network’s training loss stays above the unregularized one’s, and
        its curves are jagged.
      </p>
      <KeepOneExercise />
    </Section>
  );
}

function MoreDataSection() {
  return (
    <Section id="more-data" title="Shrinking the gap without a penalty">
      <MoreDataGoal />
      <p>
        Every remedy above fights the symptom; more data removes the cause — the best regularizer is more data. With 300
        training points instead of 30, the noise of single points averages out and even the unregularized network’s
        boundary is close to the true one. Drag the “Training points” slider up (the new points are added to the old
        ones; the held-out set stays the same) and watch the gaps shrink for every network — and the differences between
        them shrink too.
      </p>
      <PointsSentence />
    </Section>
  );
}

function TrySection() {
  return (
    <Section id="try" title="Try this">
      <ol>
        <li>
          Press play and wait for the unregularized held-out loss (dashed, vermillion) to turn upwards. Where is early
          stopping’s dot?
        </li>
        <li>
          Raise λ₂ to 0.03, then 0.1. The boundary becomes smooth, then too smooth: both losses rise. That is bias.
        </li>
        <li>
          Compare the L1 and L2 histograms after a few thousand steps. Which has the spike at zero? Raise λ₁ and watch
          the share of zeros.
        </li>
        <li>
          Set the dropout keep probability to 1: the dropout network becomes the unregularized one again. Then try 0.2.
        </li>
        <li>Move “Training points” from 30 to 300 and press Reset. Do the regularizers still matter?</li>
        <li>Switch to ReLU units, or change the seed. Which conclusions survive?</li>
      </ol>
    </Section>
  );
}

/** The works this lesson cites (rendered by the shared ReferencesSection). */
export const REFERENCES: readonly string[] = [
  'Geman, S., Bienenstock, E. & Doursat, R. (1992). Neural networks and the bias/variance dilemma. Neural Computation, 4(1), 1–58.',
  'Goodfellow, I., Bengio, Y. & Courville, A. (2016). Deep Learning, chapter 7: Regularization for deep learning. MIT Press.',
  'Hinton, G. E., Srivastava, N., Krizhevsky, A., Sutskever, I. & Salakhutdinov, R. R. (2012). Improving neural networks by preventing co-adaptation of feature detectors. arXiv:1207.0580.',
  'Hoerl, A. E. & Kennard, R. W. (1970). Ridge regression: biased estimation for nonorthogonal problems. Technometrics, 12(1), 55–67.',
  'Krogh, A. & Hertz, J. A. (1992). A simple weight decay can improve generalization. NIPS 4.',
  'Loshchilov, I. & Hutter, F. (2019). Decoupled weight decay regularization. International Conference on Learning Representations.',
  'Srivastava, N., Hinton, G., Krizhevsky, A., Sutskever, I. & Salakhutdinov, R. (2014). Dropout: a simple way to prevent neural networks from overfitting. JMLR, 15, 1929–1958.',
  'Tibshirani, R. (1996). Regression shrinkage and selection via the lasso. Journal of the Royal Statistical Society B, 58(1), 267–288.',
];
