import { Section } from '../../src/kit';
import { memo } from 'react';
import { Formula } from '../../src/math/Formula';
import {
  AndEpochsExercise,
  EtaSentence,
  SineGoal,
  SmallestNExercise,
  TwoUnitsExercise,
  UnitsSentence,
  XorZeroExercise,
} from './Exercises';

export const ProsePerceptron = memo(function ProsePerceptron() {
  return (
    <Section id="perceptron" title="The perceptron and its line">
      <p>
        Rosenblatt’s perceptron (1958) ends in one trained unit: it weighs its inputs, adds a bias, and says 1 if the
        sum is positive, else 0. (Rosenblatt’s machine fed that unit through a layer of “association units” with fixed,
        randomly chosen connections; only the last unit’s weights learned. The lab gives the trained unit the raw inputs
        directly.) Everything the unit can say is decided by one straight line, w·x + b = 0: points on one side get 1,
        points on the other get 0.
      </p>
      <Formula
        display
        tex="\hat y = \begin{cases} 1 & \mathbf w\cdot\mathbf x + b > 0\\ 0 & \text{otherwise}\end{cases}"
        label="y hat is 1 when w dot x plus b is positive, else 0"
      />
      <p>
        It learns by a rule so simple it needs no calculus. Show it a point. If it answers right, do nothing. If it says
        0 but should say 1, add the point to the weights (the line swings towards it); if it says 1 but should say 0,
        subtract it. That is w ← w + η (y − ŷ) x.
      </p>
      <p>
        When some line does separate the two classes, the rule is guaranteed to find one: Novikoff (1962) proved that,
        starting from zero weights, it makes at most (R/γ)² mistakes. With a bias, the bound is about the augmented
        vectors: append a constant 1 to every input, (x, 1), and treat the bias as one more weight, (w, b). Then R is
        the length of the longest augmented input, and γ is the widest margin by which any separating (w, b) of length 1
        clears every augmented point. Run AND or OR above and count the updates the status line reports. (From zero
        weights the learning rate η only rescales w and b, so it does not change the line the rule finds: try it.)
      </p>
      <EtaSentence />
      <AndEpochsExercise />
      <XorZeroExercise />
      <p>
        XOR is different. Its two 1s sit on one diagonal of the square and its two 0s on the other, and no straight line
        puts both 1s on one side and both 0s on the other. Every line gets at least one point wrong, so the rule never
        stops correcting: the weights wander, return to where they were, and go round the same loop forever. The lab
        detects that loop and says so in its status line. Minsky & Papert (1969) made this limitation famous — a single
        layer of such units cannot compute XOR or, more generally, parity — and the book is often blamed for a decade of
        cooled interest in neural networks.
      </p>
    </Section>
  );
});

export const ProseHidden = memo(function ProseHidden() {
  return (
    <>
      <TwoUnitsExercise />
      <Section id="why-hidden" title="Why one hidden layer fixes XOR">
        <p>
          Put two units between the inputs and the output. Each hidden unit still draws one line. The output unit no
          longer looks at x₁ and x₂; it looks at the two hidden units’ answers, and it draws its line in <em>that</em>{' '}
          space. With step units there is a tidy hand-made solution:
        </p>
        <Formula
          display
          tex="h_1 = [\,x_1 + x_2 \ge 1\,]\ (\text{OR}),\quad h_2 = [\,x_1 + x_2 \ge 2\,]\ (\text{AND}),\quad y = [\,h_1 - h_2 > 0\,]"
          label="h1 is OR, h2 is AND, y is h1 and not h2"
        />
        <p>
          Two parallel lines cut the square into three strips; the middle strip holds exactly the XOR 1s. The network
          you trained finds something like this by gradient descent on the cross-entropy, with gradients from
          backpropagation (popularized by Rumelhart, Hinton & Williams 1986): its two dashed lines usually end up on
          either side of the 1s. The small plot on the right shows the points as the output unit sees them, at (h₁, h₂):
          once the accuracy reads 100%, the hidden layer has moved them so that one line does separate them. That is the
          whole trick of hidden layers — they change the representation until the problem is easy for the layer above.
        </p>
        <p>
          Try the sigmoid from the same seed and compare how many steps it needs with tanh’s. A sigmoid’s slope is at
          most 1/4 and it is centred on 1/2, not 0 — the reasons the first lesson gave for slow starts.
        </p>
      </Section>
    </>
  );
});

export const ProseApprox = memo(function ProseApprox() {
  return (
    <>
      <Section id="bumps" title="Bumps and ramps">
        <p>
          A steep sigmoid σ(w x + b) is a smoothed step at x = −b/w. Two steps of opposite sign make a bump; a sum of
          many bumps of the right heights can trace any continuous curve, the way a histogram traces a density. ReLU
          units do the same with ramps: each max(0, w x + b) adds a kink at x = −b/w, and a sum of ramps is a broken
          line that can follow any curve closely enough with enough kinks. The dashed curves in Part B are exactly these
          pieces, v_j h(w_j x + b_j); the blue output is c plus their sum.
        </p>
        <p>
          With the sine and the default settings, the error-versus-n chart trains seven networks, from 1 to 64 units,
          side by side. Before you press play, answer the exercise below. The side-by-side plots start from the same
          seed, so the network with 8 units starts as the one with 4 plus four more units.
        </p>
        <UnitsSentence />
        <SmallestNExercise />
        <SineGoal />
      </Section>
      <Section id="theorem" title="The universal approximation theorem, honestly">
        <p>
          Cybenko (1989) proved that sums of sigmoids can approximate any continuous function on a bounded box as
          closely as you like; Hornik, Stinchcombe & White (1989) and Hornik (1991) showed the same for very general
          activations (the key is one hidden layer, not the sigmoid), and Leshno et al. (1993) showed that any
          activation that is not a polynomial works — ReLU included:
        </p>
        <Formula
          display
          tex="\forall \varepsilon > 0\ \exists\, n, v_j, w_j, b_j:\quad \sup_{x \in K}\ \Bigl|\,f(x) - \sum_{j=1}^{n} v_j\, h(w_j\cdot x + b_j)\Bigr| < \varepsilon"
          label="For every epsilon there exist n and weights such that the network is within epsilon of f everywhere on K"
        />
        <p>What the theorem does not say matters as much as what it says:</p>
        <ul>
          <li>
            <strong>It is about existence, not learning.</strong> Good weights exist; nothing promises that gradient
            descent finds them, or finds them quickly. In Part B, compare the errors of the different n after the same
            number of steps: a larger network can draw a closer curve, but whether it gets there first is up to the
            optimizer.
          </li>
          <li>
            <strong>n can be enormous.</strong> The theorem gives no useful bound on the number of units. For functions
            of many inputs the count needed by one hidden layer can grow exponentially with the number of inputs.
          </li>
          <li>
            <strong>It is about approximating f, not learning it from samples.</strong> The theorem takes the whole
            function f as given and promises a network within ε of it at every point of the compact set K. Training sees
            only samples — Part B’s 128 points — and nothing in the theorem says how a network fitted to samples behaves
            between or beyond them (that is generalization, the subject of the regularization lesson).
          </li>
        </ul>
      </Section>
      <Section id="depth" title="Why depth anyway">
        <p>
          If one hidden layer suffices, why are networks deep? Because depth can be exponentially cheaper. The cleanest
          proofs are about circuits: Håstad (1986) proved that computing the parity of n bits with AND/OR circuits of a
          fixed depth k needs a number of gates exponential in n<sup>1/(k−1)</sup>, while more depth brings parity down
          to polynomially many gates. (With threshold units, as in the XOR construction above, parity of n bits fits in
          one hidden layer of n units; the depth gap for neural networks shows up with other functions.)
        </p>
        <p>
          For ReLU networks, Montúfar, Pascanu, Cho & Bengio (2014) showed that the number of linear pieces a deep
          network can carve out grows exponentially with depth, while one hidden layer with the same number of units
          gets only polynomially many. Telgarsky (2016) gave a concrete example close to Part B: composing a little
          tent-shaped map with itself k times makes a sawtooth of 2<sup>k</sup> straight pieces, that is 2<sup>k−1</sup>{' '}
          teeth, from O(k) units in O(k) layers, while a network with one hidden layer needs exponentially many units to
          approximate it. Pick the sawtooth above and watch how many units a single layer spends on three teeth.
        </p>
      </Section>
    </>
  );
});

/** The works this lesson cites (rendered by the shared ReferencesSection). */
export const REFERENCES: readonly string[] = [
  'Rosenblatt, F. (1958). The perceptron: a probabilistic model for information storage and organization in the brain. Psychological Review, 65(6), 386–408.',
  'Novikoff, A. B. J. (1962). On convergence proofs on perceptrons. Proceedings of the Symposium on the Mathematical Theory of Automata, 12, 615–622.',
  'Minsky, M. & Papert, S. (1969). Perceptrons: An Introduction to Computational Geometry. MIT Press.',
  'Håstad, J. (1986). Almost optimal lower bounds for small depth circuits. Proceedings of the 18th ACM Symposium on Theory of Computing (STOC), 6–20.',
  'Rumelhart, D. E., Hinton, G. E. & Williams, R. J. (1986). Learning representations by back-propagating errors. Nature, 323, 533–536.',
  'Cybenko, G. (1989). Approximation by superpositions of a sigmoidal function. Mathematics of Control, Signals and Systems, 2(4), 303–314.',
  'Hornik, K., Stinchcombe, M. & White, H. (1989). Multilayer feedforward networks are universal approximators. Neural Networks, 2(5), 359–366.',
  'Hornik, K. (1991). Approximation capabilities of multilayer feedforward networks. Neural Networks, 4(2), 251–257.',
  'Leshno, M., Lin, V. Ya., Pinkus, A. & Schocken, S. (1993). Multilayer feedforward networks with a nonpolynomial activation function can approximate any function. Neural Networks, 6(6), 861–867.',
  'Montúfar, G., Pascanu, R., Cho, K. & Bengio, Y. (2014). On the number of linear regions of deep neural networks. Advances in Neural Information Processing Systems 27.',
  'Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization. International Conference on Learning Representations.',
  'Telgarsky, M. (2016). Benefits of depth in neural networks. Proceedings of the 29th Conference on Learning Theory (COLT), PMLR 49, 1517–1539.',
];
