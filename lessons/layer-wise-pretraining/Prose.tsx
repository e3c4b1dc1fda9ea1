import { Section } from '../../src/kit';
import { memo } from 'react';
import {
  AeLrSentence,
  StackRaceExercise,
  LrSentence,
  PlainGoal,
  PreVsPlainExercise,
  ReluRatioExercise,
  WinnerExercise,
} from './Exercises';
import { Formula } from '../../src/math/Formula';
import { PARAMS, quickBudget } from './params';

export const Intro = memo(function Intro() {
  return (
    <Section id="problem" title="The problem pre-training solved">
      <p>
        Before about 2006, deep networks — more than one or two hidden layers of sigmoid units — were trained like
        shallow ones: pick random weights, then run backpropagation on the labelled data (idea 1 below). It worked
        badly. The deeper the network, the worse it often did, sometimes worse than a network with a single hidden
        layer. The error signal shrinks by a factor σ′ ≤ ¼ at every sigmoid layer on its way down (see the lesson on
        vanishing gradients), so the lower layers hardly learn, and what they learn from a few labels fits the training
        set rather than the digits in general.
      </p>
      <p>
        The fix of the time was to stop training the whole network at once. Give each layer a job it can learn on its
        own, one layer at a time — <em>greedy</em>, because each layer is settled without looking ahead — and only at
        the end train everything together. That final end-to-end pass is called <em>fine-tuning</em>, and the greedy
        part <em>pre-training</em>.
      </p>
    </Section>
  );
});

export const IdeasProse = memo(function IdeasProse() {
  return (
    <Section id="how" title="The three ideas in detail">
      <h3>Idea 1: plain backprop</h3>
      <p>
        All layers start from small random weights and learn together from the labels. This is the baseline — and, with
        sigmoid units and many layers, the one that struggled.
      </p>
      <h3>Idea 2: supervised greedy pre-training</h3>
      <p>
        Train hidden layer 1 as the only hidden layer of a two-layer network that predicts the labels. Then freeze it —
        its weights no longer change — throw away its output layer, put hidden layer 2 on top with a new output layer,
        and train that pair on layer 1’s outputs, the same way. Repeat to the top. Finally throw away the last temporary
        output layer too, put a fresh one on top, unfreeze everything and fine-tune all layers with backprop. Each
        training problem is shallow, so the error signal reaches the layer that is learning without passing through a
        long chain of sigmoids.
      </p>
      <h3>Idea 3: unsupervised greedy pre-training</h3>
      <p>
        Now each layer learns without labels, as an <em>autoencoder</em> of the layer below: a network trained to
        reproduce its input from a code. The encoder is the new layer, the decoder a temporary layer that tries to
        rebuild the input from the code:
      </p>
      <Formula
        display
        tex="z = h(W x + b), \qquad x' = h(W' z + b'), \qquad E = \tfrac12\,\lVert x - x' \rVert^2"
        label="z equals h of W x plus b; x prime equals h of W prime z plus b prime; the loss is one half of the squared distance between x and x prime"
      />
      <p>
        Here h is the sigmoid, x the layer’s input (the pixels for layer 1, the codes of layer k − 1 for layer k) and
        the ½ only tidies the derivative. The first autoencoder is a real bottleneck: to rebuild 784 pixels from 64
        numbers, the code has to capture what digits have in common — strokes, loops, where the ink tends to be. The
        ones above it are not: they map 64 codes to 64 units and back (64 → 64 → 64), so nothing in their shape forces
        them to compress, and an exact copy would be a perfect answer. What they learn comes from the sigmoid’s
        squashing and from short training that starts at small weights, not from a narrow code. After training, the
        decoder is thrown away, the encoder is frozen and stacked, and the next autoencoder learns to rebuild its codes.
        Finally a fresh output layer goes on top and the whole stack is fine-tuned with labels. The labels are needed
        only at the very end, so the greedy part can use unlabelled data, which is usually plentiful.
      </p>
      <p>
        In the lab, “k = 2” reconstructs a digit by encoding it through two autoencoders and decoding back down through
        both decoders. Each extra layer loses a little more detail: the codes keep what the next layer found worth
        keeping.
      </p>
      <AeLrSentence />
      <StackRaceExercise />
      <PreVsPlainExercise />
    </Section>
  );
});

export const History = memo(function History() {
  return (
    <Section id="history" title="What the papers found">
      <p>
        Greedy layer-wise training began with <strong>Hinton, Osindero & Teh (2006)</strong>, who built a{' '}
        <em>deep belief network</em> one layer at a time, each layer a restricted Boltzmann machine (RBM, a
        probabilistic cousin of the autoencoder) trained without labels on the codes of the layer below, and then
        fine-tuned the stack; it classified MNIST digits with 1.25% test error.{' '}
        <strong>Hinton & Salakhutdinov (2006)</strong> pre-trained deep autoencoders one layer at a time (with RBMs) and
        then fine-tuned them. Their deep autoencoders compressed images and documents to a few numbers far better than
        principal component analysis (PCA), and the same recipe gave a deep digit classifier with 1.2% test error on
        MNIST, against 1.6% for the best networks trained by backprop from random weights. Deep networks had become
        trainable.
      </p>
      <p>
        <strong>Bengio, Lamblin, Popovici & Larochelle (2007)</strong> compared the three ideas of this lesson on MNIST,
        and for the unsupervised one compared RBMs with plain autoencoders as the layer to stack: autoencoders did
        almost as well. Pre-training lowered the test error of deep networks; supervised greedy pre-training helped
        some, unsupervised pre-training clearly more — too greedy a supervised layer throws away information the layers
        above would have needed.
      </p>
      <p>
        <strong>Erhan, Bengio, Courville, Manzagol, Vincent & Bengio (2010)</strong> asked why it works. Their
        experiments suggest that pre-training acts largely as a <em>regularizer</em>: it starts fine-tuning in a region
        of weight space from which backprop finds solutions that generalize better, rather than mainly making the
        training error lower. The effect grew with depth, and their pictures of first-layer weights show the same
        contrast as the features below: stroke-like detectors after pre-training, noisier ones without.
      </p>
      <p>
        <strong>Ciresan, Meier, Gambardella & Schmidhuber (2010)</strong> then set an MNIST record, 0.35% test error,
        with a big plain MLP trained by nothing but backprop — no pre-training — on a GPU, with many epochs over
        elastically deformed digits. With enough compute and data, plain backprop was enough after all.
      </p>
      <Budget />
      <h3>How your run compares</h3>
      <p>
        The papers trained on 60,000 digits for many epochs. The quick run here uses 2,000 digits, 64 units per layer
        and a handful of epochs, so expect higher error rates all round, and differences between the methods that can
        change with the seed. What tends to survive the shrinking is the shape of the story: a deep sigmoid network from
        random weights learns slowly or stalls, and pre-trained stacks of the same network start fine-tuning from far
        better places — whether they also end ahead with the same number of updates is what the results table and the
        sentences beside it tell you. Read the sentences under the results table: they are computed from your run, not
        written in advance — when your run disagrees with the papers, they say so.
      </p>
    </Section>
  );
});

const Budget = memo(function Budget() {
  const b = quickBudget();
  return (
    <>
      <h3>A fair race: the same budget for every network</h3>
      <p>
        Pre-training is training too, so a fair comparison counts it. The lab counts each network’s budget in{' '}
        <em>weight updates</em>: one update is one step of gradient descent on one mini-batch, whichever of the
        network’s layers it moves. The results table shows them beside the epochs (passes over the training digits) with
        labels and without, and the time the updates took. By default (“{PARAMS.budget.label}:{' '}
        {PARAMS.budget.names?.['equal-updates']}”), plain backprop and the ReLU network first learn the labels for as
        many extra epochs as each greedy stack spends pre-training — {b.layers} layers × {b.preEpochs} epochs = {b.pre}{' '}
        in the quick run — and then all four networks train side by side for the last {b.fine} epochs: {b.pre + b.fine}{' '}
        epochs of {b.perEpoch} mini-batches, {b.updates} updates each. Both pre-trained stacks fine-tune with a fresh
        output layer, so none of the four starts the last phase with a trained one.
      </p>
      <p>
        Equal updates are not equal effort in every sense. The unsupervised stack sees the labels for only {b.fine} of
        its epochs, the supervised one for all of them; and a greedy update trains one layer and a small temporary top,
        so it costs less arithmetic than an update of the whole network — the time column shows how much. Set “
        {PARAMS.budget.label}” to “{PARAMS.budget.names?.['finetune-only']}” to see the race as it is often shown, with
        plain backprop and the ReLU network trained for the last {b.fine} epochs only ({b.fine * b.perEpoch} updates
        against {b.updates}); one click gives them the same number again.
      </p>
    </>
  );
});

export const Today = memo(function Today() {
  return (
    <>
      <p>
        Today almost nobody pre-trains a network like this one layer by layer. Several later inventions each removed
        part of the original problem:
      </p>
      <ul>
        <li>
          <strong>ReLU units</strong> (Nair & Hinton, 2010; Glorot, Bordes & Bengio, 2011) pass the error signal
          unchanged wherever they are active (slope 1 instead of at most ¼).
        </li>
        <li>
          <strong>Good initialization</strong> keeps signals at a sensible size through every layer: Glorot & Bengio
          (2010) for tanh, He et al. (2015) for ReLU, with standard deviation √(2 / n<sub>in</sub>). (For sigmoid units
          Glorot’s scale helps, but their slope of at most ¼ still shrinks the gradient at every layer.)
        </li>
        <li>
          <strong>Batch normalization</strong> (Ioffe & Szegedy, 2015), <strong>residual connections</strong> (He et
          al., 2016) and adaptive optimizers such as <strong>Adam</strong> (Kingma & Ba, 2015) make very deep networks
          train from random weights.
        </li>
        <li>
          <strong>Compute and data</strong>: GPUs make many epochs over large data cheap, as Ciresan et al. (2010)
          showed.
        </li>
      </ul>
      <p>
        The fourth network in the lab is this recipe in miniature: the same depth and width, ReLU units, He
        initialization, trained plainly with labels from random weights with plain stochastic gradient descent, like the
        others, and with the same budget of updates as plain backprop. Three things differ: the units, the starting
        scale, and the learning rate, which has its own slider (“{PARAMS.reluLr.label}”, {PARAMS.reluLr.default} by
        default against {PARAMS.lr.default} for the sigmoid networks), because a step size that suits units of slope at
        most ¼ is not the one that suits units of slope 1. The idea of pre-training did not die, though: today’s
        language and vision models are first trained on huge unlabelled collections with a self-made target — predict
        the next word, fill in a hidden patch — and then fine-tuned, only end to end instead of layer by layer.
      </p>
      <LrSentence />
      <ReluRatioExercise />
      <WinnerExercise />
      <PlainGoal />
    </>
  );
});

export const Curriculum = memo(function Curriculum() {
  return (
    <Section id="curriculum" title="A relative: curriculum learning">
      <p>
        Pre-training splits a hard learning problem into a sequence of easier ones. <em>Curriculum learning</em>{' '}
        (Bengio, Louradour, Collobert & Weston, 2009) — also called <em>shaping</em>, after animal training — does the
        same along another axis: show the network easy examples or easy versions of the task first, and harder ones
        later, as a school curriculum does. On some tasks this speeds up training and ends in better solutions.
      </p>
    </Section>
  );
});

/** Works cited in this lesson (shown by the shared ReferencesSection). */
export const REFERENCES = [
  'Hinton, G. E., Osindero, S. & Teh, Y.-W. (2006). A fast learning algorithm for deep belief nets. Neural Computation 18(7), 1527–1554.',
  'Hinton, G. E. & Salakhutdinov, R. R. (2006). Reducing the dimensionality of data with neural networks. Science 313, 504–507.',
  'Bengio, Y., Lamblin, P., Popovici, D. & Larochelle, H. (2007). Greedy layer-wise training of deep networks. NIPS 19.',
  'Bengio, Y., Louradour, J., Collobert, R. & Weston, J. (2009). Curriculum learning. ICML.',
  'Erhan, D., Bengio, Y., Courville, A., Manzagol, P.-A., Vincent, P. & Bengio, S. (2010). Why does unsupervised pre-training help deep learning? JMLR 11, 625–660.',
  'Ciresan, D. C., Meier, U., Gambardella, L. M. & Schmidhuber, J. (2010). Deep, big, simple neural nets for handwritten digit recognition. Neural Computation 22(12).',
  'Glorot, X. & Bengio, Y. (2010). Understanding the difficulty of training deep feedforward neural networks. AISTATS.',
  'Nair, V. & Hinton, G. E. (2010). Rectified linear units improve restricted Boltzmann machines. ICML.',
  'Glorot, X., Bordes, A. & Bengio, Y. (2011). Deep sparse rectifier neural networks. AISTATS.',
  'He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving deep into rectifiers. ICCV.',
  'Ioffe, S. & Szegedy, C. (2015). Batch normalization. ICML.',
  'Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization. ICLR.',
  'He, K., Zhang, X., Ren, S. & Sun, J. (2016). Deep residual learning for image recognition. CVPR.',
  'LeCun, Y., Bottou, L., Bengio, Y. & Haffner, P. (1998). Gradient-based learning applied to document recognition (the MNIST digits). Proc. IEEE 86(11).',
];
