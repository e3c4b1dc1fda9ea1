/**
 * This lesson's exercises and scrubbable sentence, each placed with one line (Lesson.tsx,
 * Prose.tsx). A "run" replays a graph's forward and backward pass in its stepper (the
 * first graph's, or the gates graph's, session: graphRun.ts); the judges (judges.ts)
 * read the gradients of that pass. No randomness: a graph computes the same numbers every time.
 */
import { choiceAnswer, exerciseKit, numberAnswer, Scrub } from '../../src/kit';
import { fmt } from '../../src/math/format';
import type { GraphSnap } from './graphRun';
import { judgeDfdx, judgeFork, judgeMaxRoute, judgeZeroDfdz } from './judges';
import type { PARAMS } from './params';

const { exercise, goal, sentence } = exerciseKit<GraphSnap, typeof PARAMS>();
const WORKED = { x: -2, y: 5, z: -4 };
const GATES_AT = { gx: 3, gy: -2, gz: 1 };
const ROUTE_AT = { gx: 3, gy: -2, gz: 1 };
/** The sentence's numbers move in whole steps (the lab's own inputs in tenths). */
const WHOLE = { step: 1 };
const SETUP =
  'No randomness here: the button sets the inputs (through the link), replays the pass from the first step, and reads the gradient the backward pass computes.';

export const DfdxExercise = exercise({
  id: 'dfdx',
  n: 1,
  title: 'what is ∂f/∂x?',
  question:
    'In the graph above, f = (x + y) · z with q = x + y. At x = −2, y = 5, z = −4, what is ∂f/∂x, the gradient that arrives at x at the end of the backward pass?',
  setup: `${SETUP} Within ±0.01 counts as right.`,
  patch: WORKED,
  judge: judgeDfdx,
  view: { id: 'simple-graph', label: 'the graph' },
  answer: numberAnswer({ abs: 0.01 }, '2'),
  explain: () =>
    `The add node passes its upstream gradient to x unchanged (local slope 1), and the multiply node hands q the value of the other factor, z. So ∂f/∂x = z · 1, the value of z itself: watch the last backward steps put it under the arrow from x.`,
});

export const ForkExercise = exercise({
  id: 'fork',
  n: 3,
  title: 'x feeds two gates: what is its gradient?',
  question: 'In f = x · y + max(x, z), at x = 3, y = −2, z = 1, what is ∂f/∂x?',
  setup: `${SETUP} It uses the gates graph with x = 3, y = −2, z = 1. Within ±0.01 counts as right.`,
  patch: GATES_AT,
  judge: judgeFork,
  view: { id: 'gates-graph', label: 'the gates graph' },
  answer: numberAnswer({ abs: 0.01 }, '1'),
  explain: () =>
    `x sends its value down two branches, so two gradients come back and add: the multiply gate swaps, giving x the other factor, y; the max gate sends its whole gradient to the larger input, or nothing to the smaller one. x’s gradient is the sum of the two, shown as Σ under x.`,
});

export const MaxRouteExercise = exercise({
  id: 'max-route',
  n: 4,
  title: 'where does a max gate send its gradient?',
  question: 'With x = 3 and z = 1, the max gate’s upstream gradient is 1. Where does it go?',
  setup: `${SETUP} It uses the gates graph with x = 3, z = 1.`,
  patch: ROUTE_AT,
  judge: judgeMaxRoute,
  view: { id: 'gates-graph', label: 'the gates graph' },
  answer: choiceAnswer(['x', 'All to x, none to z'], ['split', 'Split between x and z'], ['z', 'All to z, none to x']),
  explain: (o) =>
    `max(x, z) is x when x is larger, and then a little change in z changes nothing: its local slope with respect to z is 0, and with respect to x it is 1. ${o.answer === 'x' ? 'So z gets 0.' : ''} This is why a ReLU, max(0, a), passes no gradient back where it was off. Drag z above x and replay: the route switches.`,
});

export const ZeroDfdzGoal = goal({
  id: 'zero-dfdz',
  n: 2,
  title: 'make ∂f/∂z equal 0',
  question:
    'Change the inputs of the first graph (at the top of the page) so that, at the end of the backward pass, z’s gradient is 0. Then step or play through the whole pass. This exercise watches the graph while you try.',
  requires: () => null,
  judge: judgeZeroDfdz,
  view: { id: 'simple-graph', label: 'the first graph' },
  explain:
    'The multiply gate gives z the other factor, q = x + y. Whatever z is, its gradient is 0 exactly when q is 0: then f is 0 for every z, and nudging z changes nothing.',
});

/** "With x = …, y = 5 and z = …": two inputs of the first graph are scrubbable; the consequences follow. */
export const ChainSentence = sentence((p) => {
  const q = p.x + p.y;
  return (
    <>
      With x = <Scrub param="x" label="x, the number in the sentence" format={(v) => fmt(v, 3)} spec={WHOLE} />, y ={' '}
      {fmt(p.y, 3)} and z ={' '}
      <Scrub param="z" label="z, the number in the sentence" format={(v) => fmt(v, 3)} spec={WHOLE} />, q = {fmt(q, 3)}{' '}
      and f = {fmt(q * p.z, 3)}; the backward pass gives ∂f/∂x = ∂f/∂y = z = {fmt(p.z, 3)} and ∂f/∂z = q = {fmt(q, 3)}.{' '}
      {q === 0 ? 'With q = 0, z has no effect on f at all.' : `Nudge z up by 0.01 and f moves by ${fmt(q * 0.01, 3)}.`}
    </>
  );
});
