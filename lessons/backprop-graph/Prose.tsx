import { Section } from '../../src/kit';
import { memo } from 'react';
import { Formula } from '../../src/math/Formula';
import { tex } from '../../src/math/format';
import { texNum } from './explain';

/** The chain rule in plain words, with the first graph's live numbers. */
export const ChainRule = memo(function ChainRule({ x, y, z }: { x: number; y: number; z: number }) {
  const q = x + y;
  const n = (v: number) => texNum(v, 4);
  return (
    <Section id="chain-rule" title="The chain rule, one node at a time">
      <p>
        A formula is a chain of small steps. Here q = x + y is one step and f = q · z another. Nudge x a little: q moves
        by the same amount (the add node’s slope is 1), and f moves by z times as much as q did (the multiply node’s
        slope with respect to q is z). The effect of x on f is the product of the slopes along the way. That is all the
        chain rule says:
      </p>
      <Formula
        display
        tex={`\\frac{\\partial f}{\\partial x} = \\frac{\\partial f}{\\partial q}\\cdot\\frac{\\partial q}{\\partial x} = z \\cdot 1 = ${n(z)} \\cdot 1 = ${tex(z, 4)}, \\qquad \\frac{\\partial f}{\\partial z} = q = x + y = ${n(x)} + ${n(y)} = ${tex(q, 4)}`}
        label={`df/dx = df/dq times dq/dx = z times 1 = ${z}; df/dz = q = ${q}`}
      />
      <p>
        Each node needs to know only its own <em>local</em> derivatives — how its output responds to each of its inputs,
        at the numbers it just saw. It never needs the whole formula. During the backward pass a node receives one
        number from above, the <em>upstream</em> gradient ∂f/∂(its output), multiplies it by each local derivative and
        passes the products on. The blue numbers above the arrows are the forward values; the vermilion numbers below
        are these products. With x = −2, y = 5, z = −4 you get f = −12, ∂f/∂x = ∂f/∂y = −4 and ∂f/∂z = 3: making z
        larger by a little makes f larger by three times as much, because z is multiplied by q = 3.
      </p>
    </Section>
  );
});

export function DeckIntro() {
  return (
    <p className="bg-intro">
      Five nodes: a = x², b = sin a, c = 3a, d = b + c and J = cos d. The value a feeds two nodes, so on the way back it
      receives two messages, and its gradient is their <strong>sum</strong> (shown as Σ under the node). The check below
      compares the backward pass with a central finite difference, (J(x + h) − J(x − h)) / 2h: two extra evaluations of
      J, no calculus, and an error that shrinks like h².
    </p>
  );
}

export function GatesIntro() {
  return (
    <p className="bg-intro">
      f = x · y + max(x, z) uses three kinds of gate — add, multiply and max — and x feeds two of them. Before you step
      through it, answer the two questions below the graph: what comes back to x, and where the max gate sends its
      gradient.
    </p>
  );
}

/** The gate patterns, told after the two exercises that ask about them. */
export function GatePatterns() {
  return (
    <p className="bg-intro">
      The patterns, in words. The add gate hands its upstream gradient to both inputs unchanged: it <em>distributes</em>
      . The multiply gate
      <em> swaps</em>: x receives y’s value and y receives x’s. The max gate <em>routes</em>: everything goes to the
      larger input and the other gets zero — so a max (and ReLU, which is max(0, a)) lets gradient through only where it
      was “on”. And where a value branches, as x does here, the gradients coming back <strong>add</strong>. Drag z above
      x and play the pass again to watch the max gate switch its route.
    </p>
  );
}

export function NeuronIntro() {
  return (
    <p className="bg-intro">
      The same bookkeeping is all a multilayer perceptron needs. One neuron with two inputs computes f = σ(w0·x0 + w1·x1
      + w2): two multiply gates, one add gate and a sigmoid, whose local derivative σ(s)(1 − σ(s)) uses only its own
      output. The gradients with respect to the weights w are what training uses to change them; a network is many of
      these graphs sharing nodes. Below, the same numbers come from TensorFlow.js’s own automatic differentiation
      (tf.grads), run in the training worker in 32-bit floats: they agree with this page’s 64-bit graph to six or seven
      significant digits.
    </p>
  );
}

export const Efficiency = memo(function Efficiency() {
  return (
    <Section id="efficiency" title="Why one backward pass is enough">
      <p>
        Count the work. A finite difference needs two evaluations of the whole formula <em>per input</em>: for the
        neuron above, ten; for a network with a million weights, two million forward passes for a single gradient. The
        backward pass visits each node once and gives the gradient with respect to <em>every</em> input together, for a
        cost of a small constant times one forward pass, however many inputs there are. The price is memory: the forward
        values must be kept until the backward pass has used them.
      </p>
      <Formula
        display
        tex={`\\underbrace{2n \\text{ forward passes}}_{\\text{finite differences}} \\quad\\text{vs.}\\quad \\underbrace{1 \\text{ forward} + 1 \\text{ backward}}_{\\text{reverse mode}}`}
        label="finite differences need 2n forward passes; reverse mode needs one forward and one backward pass"
      />
      <p>
        This order — all the values forward, then all the gradients backward from the output — is{' '}
        <em>reverse-mode automatic differentiation</em>. Linnainmaa (1970) described it for general computer programs;
        Werbos (1974) proposed it for training networks; Rumelhart, Hinton and Williams (1986) showed that it lets
        multilayer networks learn useful internal representations, and their paper made the method, and the name
        backpropagation, widely known — they popularized it; they did not invent it. Every deep-learning framework, tfjs
        included, records the graph of your computation and runs exactly this backward sweep (Baydin et al., 2018). The
        alternative, forward mode, carries derivatives alongside the values instead; it costs one pass per input, so it
        wins only when there are fewer inputs than outputs — never the case for a loss with many weights and one number
        out.
      </p>
      <p>
        Things to try: set z = 0 in the first graph (x and y stop mattering — their gradients are 0 — but z’s gradient
        is still q); push the J example’s x to 2 or more and watch the numbers grow; in the gate graph make z larger
        than x and see x’s gradient lose its max-gate share.
      </p>
    </Section>
  );
});

/** The works this lesson cites (rendered by the shared ReferencesSection). */
export const REFERENCES: readonly string[] = [
  'Baydin, A. G., Pearlmutter, B. A., Radul, A. A. & Siskind, J. M. (2018). Automatic differentiation in machine learning: a survey. Journal of Machine Learning Research 18(153), 1–43.',
  'Goodfellow, I., Bengio, Y. & Courville, A. (2016). Deep Learning, section 6.5: Back-propagation and other differentiation algorithms. MIT Press.',
  'Griewank, A. & Walther, A. (2008). Evaluating Derivatives: Principles and Techniques of Algorithmic Differentiation, 2nd ed. SIAM.',
  'Karpathy, A. (2016). CS231n: Convolutional Neural Networks for Visual Recognition, course notes “Backpropagation, intuitions”. Stanford University. (The f = (x + y)·z and sigmoid-neuron examples, and the gate patterns.)',
  'Linnainmaa, S. (1970). The representation of the cumulative rounding error of an algorithm as a Taylor expansion of the local rounding errors. Master’s thesis (in Finnish), University of Helsinki.',
  'Rumelhart, D. E., Hinton, G. E. & Williams, R. J. (1986). Learning representations by back-propagating errors. Nature 323, 533–536.',
  'Werbos, P. J. (1974). Beyond Regression: New Tools for Prediction and Analysis in the Behavioral Sciences. PhD thesis, Harvard University.',
];
