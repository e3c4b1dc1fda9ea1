import type { ComponentType } from 'react';
import { type LessonMeta } from '../src/kit';
/**
 * The course map. Each built lesson loads lazily as its own chunk; lessons not built
 * yet are listed as "coming soon".
 */

export type { LessonMeta };

/** A built lesson: its page is lessons/<slug>/Lesson.tsx, loaded on first visit as its own chunk. */
function built(meta: Omit<LessonMeta, 'load'>): LessonMeta {
  // Inside the function, so that Node (Playwright's specs import this list) never evaluates the glob.
  const load = () => import.meta.glob<{ default: ComponentType }>('./*/Lesson.tsx')[`./${meta.slug}/Lesson.tsx`]!();
  return { ...meta, load };
}

export const LESSONS: LessonMeta[] = [
  built({
    slug: 'relu-vs-sigmoid',
    title: 'ReLU vs sigmoid',
    summary: 'Three activation functions, one network, one seed: predict which trains slowest, then see why.',
    lead: 'The same network, the same data, the same starting weights — only the activation function differs. Before you press play, make your prediction in Exercise 1 below: which one learns XOR last?',
    exercises: ['first-to-01', 'mean-slope', 'deep-sigmoid', 'big-lr'],
  }),
  built({
    slug: 'vanishing-gradients',
    title: 'Vanishing gradients',
    summary: 'Follow the error signal backwards through a deep net and see it shrink, or explode, layer by layer.',
    heading: 'Vanishing (and exploding) gradients',
    lead: 'Backpropagation sends the error signal from the output back to the first layer, one multiplication per layer. Watch how big it still is when it arrives.',
    exercises: ['how-small', 'stuck-loss', 'exploding', 'ratio-goal'],
  }),
  built({
    slug: 'convolution',
    title: 'Convolution',
    summary: 'Slide a kernel over real handwritten digits, then train a small convolutional network on them.',
    lead: 'A convolutional network learns to read real handwritten digits while you watch. Press play, draw a digit, then scroll down to see what a convolution is and why it works so well on images.',
    exercises: ['flat-size', 'param-count', 'cnn-or-dense', 'cnn-big-lr', 'small-cnn'],
  }),
  built({
    slug: 'layer-wise-pretraining',
    title: 'Layer-wise pre-training',
    summary: 'How deep networks were first trained in 2006, one layer at a time, and why we rarely need it now.',
    lead: 'How deep networks were first trained in 2006 — one layer at a time — raced against plain backprop and a modern ReLU network on real handwritten digits. Press play: the quick run takes about a minute.',
    exercises: ['stack-race', 'pre-vs-plain', 'relu-ratio', 'winner', 'rescue-plain'],
  }),
  built({
    slug: 'optimizers',
    title: 'Optimizers',
    summary: 'SGD, momentum, RMSProp and Adam race across loss surfaces you choose.',
    lead: 'Four ways to walk downhill — plain gradient descent, momentum, RMSProp and Adam — racing on loss surfaces you pick, from a start point you click.',
    exercises: ['kappa-100', 'fix-sgd', 'ravine-race', 'sgd-steps-100', 'rosenbrock-race', 'himmelblau', 'net-race'],
  }),
  built({
    slug: 'backprop-graph',
    title: 'Backpropagation on a graph',
    summary: 'The chain rule, one node at a time: step values forward and gradients back, and check them against tfjs.',
    lead: 'Break a formula into small nodes, push numbers forward, then push gradients back: each arrow back carries upstream × local. Step through it.',
    exercises: ['dfdx', 'zero-dfdz', 'fork', 'max-route'],
  }),
  built({
    slug: 'regularization',
    title: 'Overfitting and regularization',
    summary: 'A big network memorizes 30 noisy points; L2, L1, early stopping and dropout rein it in, side by side.',
    lead: 'A big network and 30 noisy points. An unregularized network and four remedies — L2, L1, early stopping and dropout — train side by side from the same start on the same batches. Watch the gap between training and held-out loss.',
    exercises: ['largest-gap', 'strong-l2', 'l1-zeros', 'keep-one', 'more-data'],
  }),
  built({
    slug: 'perceptron-xor',
    title: 'The perceptron and XOR',
    summary:
      'One unit draws one line and can never learn XOR; one hidden layer can, and with enough units it fits any curve you draw.',
    heading: 'The perceptron, XOR, and why one hidden layer can do (almost) anything',
    lead: 'One unit draws one line. Which logic gates can it learn, what does one hidden layer add, and how many units does a curve need? Predict each answer, then run it.',
    exercises: ['and-epochs', 'xor-zero', 'two-units', 'smallest-n', 'sine-goal'],
  }),
];

export const FURTHER_LESSONS: { title: string; summary: string }[] = [
  { title: 'Batch normalization and residuals', summary: 'Two cures for deep-network training trouble.' },
  { title: 'Autoencoders', summary: 'Learning a compact code, compared with PCA.' },
];
