import { courseLessons, furtherLessons } from '../store/course';
import { doneCount, progressActions, progressText } from '../store/progress';
import { useProgress } from '../kit/exercises/common';

const MILESTONES: { year: string; text: string }[] = [
  { year: '1943', text: 'McCulloch & Pitts describe an artificial neuron: a weighted sum and a threshold.' },
  { year: '1958', text: 'Rosenblatt’s perceptron learns its weights from examples.' },
  { year: '1969', text: 'Minsky & Papert show a single-layer perceptron cannot represent XOR.' },
  { year: '1986', text: 'Rumelhart, Hinton & Williams popularize backpropagation for multi-layer networks.' },
  {
    year: '1989',
    text: 'Cybenko proves one hidden layer can approximate any continuous function (Hornik, 1991, generalizes).',
  },
  { year: '1997', text: 'Hochreiter & Schmidhuber’s LSTM carries information across long time spans.' },
  { year: '1998', text: 'LeCun et al.’s LeNet reads handwritten digits with a convolutional network.' },
  { year: '2006', text: 'Hinton & Salakhutdinov pre-train deep autoencoders one layer at a time.' },
  { year: '2012', text: 'AlexNet wins ImageNet (ILSVRC) with 15.3% top-5 error against 26.2% for the runner-up.' },
  {
    year: '2014–16',
    text: 'Dropout (2014), batch normalization (2015) and residual connections (2016) make very deep nets routine.',
  },
];

export function CourseMap() {
  const progress = useProgress();
  const anyDone = courseLessons().some((l) => l.exercises && doneCount(progress, l.slug, l.exercises) > 0);
  return (
    <section aria-labelledby="course-map">
      <h2 id="course-map">Course map</h2>
      <ol className="cards">
        {courseLessons().map((l, i) => (
          <li key={l.slug} className={`card ${l.load ? '' : 'card-soon'}`}>
            <span className="card-number" aria-hidden="true">
              {i + 1}
            </span>
            <h3>
              {l.load ? (
                <a href={`#/lessons/${l.slug}`}>{l.title}</a>
              ) : (
                <span>
                  {l.title} <span className="soon-tag">coming soon</span>
                </span>
              )}
            </h3>
            <p>{l.summary}</p>
            {l.load && l.exercises?.length ? (
              <p className="card-progress" data-testid={`progress-${l.slug}`}>
                {progressText(doneCount(progress, l.slug, l.exercises), l.exercises.length)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {anyDone && (
        <p className="progress-reset">
          <button type="button" className="button" onClick={() => progressActions.resetAll()}>
            Reset all exercise progress
          </button>
        </p>
      )}
      <h3 className="further-title">Later in the course</h3>
      <ul className="further">
        {furtherLessons().map((l) => (
          <li key={l.title}>
            <strong>{l.title}</strong> — {l.summary} <span className="soon-tag">coming soon</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Home() {
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="title">
        <h1 id="title">Hidden Layers</h1>
        <p className="lead">
          An interactive textbook on why deep neural networks train — or fail to. Every lesson trains a real network
          live in your browser, and the plots and formulas move as it learns.
        </p>
        <p>
          <a className="button primary" href="#/lessons/relu-vs-sigmoid">
            Start with lesson 1: ReLU vs sigmoid
          </a>
        </p>
      </section>

      <CourseMap />

      <section aria-labelledby="story" className="story">
        <h2 id="story">The story in three questions</h2>
        <div className="story-grid">
          <article>
            <h3>Why depth?</h3>
            <p>
              A network with a single hidden layer can already approximate any continuous function on a bounded region
              as closely as you like (Cybenko, 1989; Hornik, 1991). For classification the same holds: with enough
              sigmoid units its error gets arbitrarily close to the best possible (Bayes) error. The catch is{' '}
              <em>enough</em>: it may need astronomically many units. Depth can be exponentially cheaper: Håstad (1986)
              proved that circuits of AND and OR gates computing the parity of many bits need only polynomially many
              gates with enough layers but exponentially many when the depth is fixed and small. (For threshold units,
              the perceptron’s kind, parity fits in one hidden layer; there the depth gaps come from other functions, as
              the perceptron lesson explains.) Depth buys efficiency. It is not magic, though: no architecture wins on
              every problem (the “no free lunch” theorems).
            </p>
          </article>
          <article>
            <h3>Why was it hard?</h3>
            <p>
              Through the 1990s deep networks mostly “did not work”. The error signal faded as it travelled back through
              many sigmoid layers (vanishing gradients); datasets were small; computers were slow; and training stalled
              on plateaus and poor local optima. Shallow networks and other methods usually won.
            </p>
          </article>
          <article>
            <h3>What changed?</h3>
            <p>
              More data and GPUs; the ReLU activation; better initialization; layer-wise pre-training (2006), which
              first got deep nets to train; dropout (2014); batch normalization (2015); residual connections (2016); and
              better optimizers such as Adam. The lessons here let you switch five of these on and off and watch what
              they do — ReLU, initialization, layer-wise pre-training, the optimizers and dropout (with the other
              regularizers); batch normalization and residual connections are not in the app yet.
            </p>
          </article>
        </div>
      </section>

      <section aria-labelledby="loop">
        <h2 id="loop">The loop every lesson animates</h2>
        <ol className="loop">
          <li>Sample a mini-batch of examples.</li>
          <li>Forward: compute the network’s outputs.</li>
          <li>Compute the loss: how wrong they are.</li>
          <li>Backpropagate: the gradient of the loss for every weight.</li>
          <li>Update: nudge every weight against its gradient.</li>
        </ol>
        <p>
          The weights and biases are <strong>parameters</strong>: the network learns them. Depth, width, learning rate,
          batch size, activation and initialization are <strong>hyperparameters</strong>: you choose them, with the
          sliders. The running example of later lessons is reading handwritten digits: a 28×28 image goes in, ten
          numbers come out, and the target for a “6” is the one-hot vector y = (0,0,0,0,0,0,1,0,0,0). The loss can be
          the mean squared error C = <sup>1</sup>⁄<sub>2n</sub> Σ<sub>x</sub> ‖y(x) − a(x)‖², or cross-entropy after a
          softmax.
        </p>
      </section>

      <section aria-labelledby="timeline">
        <h2 id="timeline">Milestones</h2>
        <ol className="timeline">
          {MILESTONES.map((m) => (
            <li key={m.year}>
              <span className="year">{m.year}</span>
              <span>{m.text}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="limits">
        <h2 id="limits">An honest word on limits</h2>
        <p>
          Deep networks are hard to interpret: a trained net rarely tells you <em>why</em> it answered as it did.
          Training them is still partly an art of rules of thumb, which is exactly why these lessons let you try the
          rules yourself. And they can be fooled: tiny, carefully crafted changes to an input, invisible to a person,
          can flip a network’s answer (adversarial examples; Szegedy et al., 2013).
        </p>
      </section>
    </div>
  );
}
