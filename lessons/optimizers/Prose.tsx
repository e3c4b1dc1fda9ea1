import { Section } from '../../src/kit';
import { memo } from 'react';
import { Formula } from '../../src/math/Formula';
import {
  FixSgdGoal,
  HimmelblauExercise,
  KappaSentence,
  RavineRaceExercise,
  RosenbrockExercise,
  SgdFateExercise,
  SgdLrSentence,
  SgdStepsExercise,
} from './Exercises';

export const ProseGradientDescent = memo(function ProseGradientDescent() {
  return (
    <>
      <Section id="gd" title="Gradient descent, and why the gradient is only an estimate">
        <p>
          Training a network means finding parameters θ (all its weights and biases) that make the loss E small. The
          gradient ∇E points uphill, so gradient descent takes a small step the other way, again and again:
        </p>
        <Formula
          display
          tex="\theta \leftarrow \theta - \eta\, \nabla E(\theta)"
          label="theta becomes theta minus eta times the gradient of E"
        />
        <p>
          The step size η is the <em>learning rate</em>. The exact gradient is a sum over every training example, which
          is expensive when there are millions of them. Robbins &amp; Monro (1951) showed that you can follow a{' '}
          <em>noisy</em> estimate instead: the gradient on one randomly drawn example is on average equal to the full
          gradient (it is an <em>unbiased</em> estimate), but it scatters around it. Averaging over a{' '}
          <em>mini-batch</em> of B examples shrinks that scatter: its standard deviation falls like 1/√B, so four times
          the batch halves the noise. Batches also suit the hardware — a GPU does 32 examples in about the time it does
          one — and sizes around 32 are a common default (Bengio, 2012). That is stochastic gradient descent (SGD):
          cheap, noisy steps instead of exact, expensive ones. Part 2 below shows the noise on a real network.
        </p>
        <p>
          The learning rate is the most important knob. Too small and training crawls; too large and each step
          overshoots the valley floor, lands higher on the other side, and the loss grows instead of falling — the path{' '}
          <em>diverges</em>. On the ravine above, push the SGD slider past about 2/λmax and watch its path fly off the
          plot. A common compromise is to start large and <em>decay</em> the rate as training goes on, for example
        </p>
        <Formula
          display
          tex="\eta_{\text{epoch}} = \frac{\eta_0}{1 + \text{decay}\cdot \text{epoch}} \qquad\text{or step decay: halve } \eta \text{ every 10 epochs.}"
        />
        <SgdFateExercise />
        <SgdLrSentence />
        <FixSgdGoal />
      </Section>

      <Section id="ravine" title="The ravine: what the condition number does">
        <p>
          Near a minimum, every smooth loss looks like a bowl, a quadratic. If the bowl is round, the gradient points
          straight at the bottom. If it is a long, narrow <em>ravine</em> — steep across, nearly flat along — the
          gradient points mostly across it. Gradient descent then zig-zags from wall to wall and inches along the floor.
          How narrow the ravine is, is measured by the <em>condition number</em>
        </p>
        <Formula
          display
          tex="\kappa = \frac{\lambda_{\max}}{\lambda_{\min}}"
          label="kappa equals lambda max over lambda min"
        />
        <p>
          the ratio of the largest to the smallest curvature (eigenvalues of the Hessian). The learning rate must stay
          below 2/λmax or the steep direction blows up, and with such a small step the flat direction barely moves. With
          its best fixed step η = 2/(λmin + λmax), gradient descent shrinks the distance to the minimum by a factor
        </p>
        <Formula display tex="\frac{\kappa - 1}{\kappa + 1}" />
        <p>
          per step. For κ = 100 that is 0.98: about 115 steps for every factor of ten. Momentum at its best settings
          does much better,
        </p>
        <Formula
          display
          tex="\frac{\sqrt{\kappa} - 1}{\sqrt{\kappa} + 1}\quad\text{with}\quad \beta = \left(\frac{\sqrt{\kappa}-1}{\sqrt{\kappa}+1}\right)^{2},\quad \eta = \left(\frac{2}{\sqrt{\lambda_{\max}} + \sqrt{\lambda_{\min}}}\right)^{2}"
        />
        <p>
          which for κ = 100 is 0.82: about 11 steps per factor of ten, ten times faster (Goh, 2017, derives both). This
          η belongs to the heavy-ball form of momentum that the sliders use (v ← βv + g, θ ← θ − ηv, below); in the
          averaged form v ← βv + (1 − β)g the same path needs η/(1 − β), and the rate box prints both. The rate box
          under the plot measures the factor on the actual path and prints the theory beside it; the buttons set these
          optimal values. Drag the κ slider and see how the gap between the two widens.
        </p>
        <KappaSentence />
        <RavineRaceExercise />
        <SgdStepsExercise />
      </Section>
    </>
  );
});

export const ProseMethods = memo(function ProseMethods() {
  return (
    <>
      <Section id="momentum" title="Momentum: a ball with inertia">
        <p>
          Momentum (Polyak, 1964; used with backpropagation by Rumelhart, Hinton &amp; Williams, 1986) keeps a running
          average of past gradients, a velocity v, and steps along it:
        </p>
        <Formula
          display
          tex="v \leftarrow \beta v + (1-\beta)\, g, \qquad \theta \leftarrow \theta - \eta\, v, \qquad \beta \approx 0.9"
        />
        <p>
          Across the ravine the gradients alternate in sign and cancel in the average; along the floor they agree and
          add up, so the ball accelerates where the slope is consistent. It also carries the ball through small bumps
          and shallow dips — on the Wells surface, momentum rolls through the shallow well where the others stop. The
          older “classic” form writes v ← βv − ηg, θ ← θ + v; it is the same method, only η is scaled by (1 − β).
          TensorFlow.js uses a third spelling, v ← βv + g, θ ← θ − ηv, which is again the same path with the same η as
          the classic form. The sliders and formulas in this lesson use the tfjs spelling; the momentum card also shows
          the averaged v.
        </p>
        <p>
          Nesterov (1983) proposed a variant that takes the gradient at the point the velocity is about to carry the
          ball to, θ − ηβv, rather than at θ; on convex problems it has the best worst-case rate any first-order method
          can have. Sutskever, Martens, Dahl &amp; Hinton (2013) showed that plain and Nesterov momentum, with a
          well-chosen β and a careful random start, train deep and recurrent networks that had been thought to need
          second-order methods.
        </p>
        <RosenbrockExercise />
      </Section>

      <Section id="adaptive" title="RMSProp and Adam: a step size per parameter">
        <p>
          Momentum still uses one learning rate for every parameter. RMSProp (Tieleman &amp; Hinton, 2012) keeps a
          running average s of the <em>squared</em> gradient of each parameter and divides by its square root:
        </p>
        <Formula
          display
          tex="s \leftarrow \beta s + (1-\beta)\, g \odot g, \qquad \theta \leftarrow \theta - \eta\, \frac{g}{\sqrt{s} + \varepsilon}"
          label="RMSProp: s becomes beta s plus 1 minus beta times g squared; theta becomes theta minus eta times g over the square root of s plus epsilon"
        />
        <p>
          (⊙ is element by element; ε, a tiny number, avoids dividing by zero.) A parameter with consistently large
          gradients takes smaller steps, one with small gradients larger ones: every coordinate moves at roughly η per
          step, whatever the scale of its slope. Adam (Kingma &amp; Ba, 2015) combines this with momentum:
        </p>
        <Formula
          display
          tex="m \leftarrow \beta_1 m + (1-\beta_1)\, g,\quad v \leftarrow \beta_2 v + (1-\beta_2)\, g\odot g,\quad \hat m = \frac{m}{1-\beta_1^{\,t}},\quad \hat v = \frac{v}{1-\beta_2^{\,t}},\quad \theta \leftarrow \theta - \eta\,\frac{\hat m}{\sqrt{\hat v} + \varepsilon}"
          label="Adam: m and v are running averages of g and of g squared; m hat and v hat divide them by 1 minus beta 1 to the t and 1 minus beta 2 to the t; theta becomes theta minus eta times m hat over the square root of v hat plus epsilon"
        />
        <p>
          with the defaults β1 = 0.9, β2 = 0.999, ε = 10⁻⁸. Because m and v start at zero, their averages are too small
          in the first steps; dividing by 1 − β^t (the <em>bias correction</em>) rescales the weights of the average so
          they sum to 1 again. If the gradient were the same at every step, m̂ and v̂ would equal g and g ⊙ g exactly;
          when it changes, they are averages of recent gradients that no longer lean towards zero. Step once on any
          surface and look at Adam’s card: at t = 1, m̂ equals g and the step moves each coordinate by almost exactly η.
        </p>
        <HimmelblauExercise />
        <p>
          Per-coordinate scaling also turns the direction of the step away from the gradient: that turn is what sends
          Adam into another of Himmelblau’s minima. It helps most when the hard directions are the coordinate axes
          themselves. The lesson’s ravine has its floor tilted 30° from the axes, and dividing x and y by their own
          gradient sizes does not line the step up with a tilted floor: on the default ravine, RMSProp and Adam come
          within 10⁻³ of the minimum later than momentum, or not at all. (A note on honesty: tfjs puts RMSProp’s ε
          inside the square root, √(s + ε). This lesson passes ε², so the engine divides by √(s + ε²), not by √s + ε as
          printed. The two are equal at s = 0, and in between √s ≤ √(s + ε²) ≤ √s + ε, so they differ noticeably only
          when √s is near ε — gradients of about 10⁻⁸, far below anything on these surfaces.)
        </p>
      </Section>

      <Section id="second-order" title="Beyond the gradient">
        <p>
          All four methods use only the slope. Newton’s method also uses the curvature: it steps by the inverse Hessian
          times the gradient, which on a quadratic lands on the minimum in one step, whatever κ is. But a network with n
          parameters has an n × n Hessian — for a million weights, a trillion entries to store and a matrix to invert —
          so pure second-order methods are too costly in high dimension. Cheaper relatives exist: conjugate gradient
          (Hestenes &amp; Stiefel, 1952) builds good search directions from gradients alone, and a line search chooses
          each step length by trying a few along the direction (Nocedal &amp; Wright, 2006). For deep networks,
          mini-batch SGD with momentum, and Adam, remain the workhorses.
        </p>
      </Section>

      <Section id="try" title="Try this">
        <ol className="try">
          <li>
            The default ravine, κ = 100: SGD and momentum share one η. Press “Set SGD’s best η” and “Set momentum’s
            optimal β and η” and compare the measured rates with the theory.
          </li>
          <li>
            Drag κ down to 10 and press both buttons again: the gap between SGD’s best rate and momentum’s shrinks.
          </li>
          <li>Raise SGD’s learning rate until its path leaves the plot. The lesson stops that path and says why.</li>
          <li>Rosenbrock: everyone finds the banana-shaped valley quickly; who follows it to (1, 1)?</li>
          <li>Saddle: the start is 0.001 off the ridge y = 0. Type y = 0 into “Start y”: does anything ever escape?</li>
          <li>Wells: which optimizer reaches the deep well? Now set momentum’s β to 0.5.</li>
        </ol>
      </Section>
    </>
  );
});

/** Works cited in this lesson (shown by the shared ReferencesSection). */
export const REFERENCES = [
  'Bengio, Y. (2012). Practical recommendations for gradient-based training of deep architectures. In Neural Networks: Tricks of the Trade, 2nd ed. Springer.',
  'Goh, G. (2017). Why momentum really works. Distill. https://distill.pub/2017/momentum',
  'Hestenes, M. R. & Stiefel, E. (1952). Methods of conjugate gradients for solving linear systems. Journal of Research of the National Bureau of Standards, 49(6).',
  'Himmelblau, D. M. (1972). Applied Nonlinear Programming. McGraw-Hill.',
  'Nesterov, Y. (1983). A method of solving a convex programming problem with convergence rate O(1/k²). Soviet Mathematics Doklady, 27(2).',
  'Sutskever, I., Martens, J., Dahl, G. & Hinton, G. (2013). On the importance of initialization and momentum in deep learning. ICML.',
  'Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization. ICLR.',
  'Nocedal, J. & Wright, S. J. (2006). Numerical Optimization, 2nd ed. Springer.',
  'Polyak, B. T. (1964). Some methods of speeding up the convergence of iteration methods. USSR Computational Mathematics and Mathematical Physics, 4(5).',
  'Robbins, H. & Monro, S. (1951). A stochastic approximation method. Annals of Mathematical Statistics, 22(3).',
  'Rosenbrock, H. H. (1960). An automatic method for finding the greatest or least value of a function. The Computer Journal, 3(3).',
  'Rumelhart, D. E., Hinton, G. E. & Williams, R. J. (1986). Learning representations by back-propagating errors. Nature, 323.',
  'Tieleman, T. & Hinton, G. (2012). Lecture 6.5 — RMSProp: divide the gradient by a running average of its recent magnitude. COURSERA: Neural Networks for Machine Learning.',
];
