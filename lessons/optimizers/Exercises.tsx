/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line.
 * The 2D ones run in the surface lab (section "lab"), the network one in section "network";
 * each sits inside the <LessonProvider> of its own lab. Judges: judges.ts.
 */
import {
  type OptimizerKind,
  quadraticRavine,
  surfaceById,
  quadraticTheory,
  type Optim2dSnapshot,
  type OptimNetSnapshot,
} from '../../src/engine';
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/kit';
import { fmt } from '../../src/math/format';
import {
  fixSgdMissing,
  GOAL_KAPPA,
  GOAL_STEPS,
  judgeFixSgd,
  judgeHimmelblau,
  judgeNetRace,
  judgeRavineRace,
  judgeRosenRace,
  judgeSgdFate,
  judgeSgdSteps,
  NET_EPOCHS,
  NET_MARGIN,
  NET_NOISE,
  RAVINE_RADIUS,
  ROSEN_RADIUS,
  type Values,
} from './judges';
import { DEFAULT_KAPPA, OPT_NAMES, suggestedPatch, type PARAMS } from './params';
import { gdFactor, momentumFactor } from './theory';

type T = typeof PARAMS;
/** The surface lab's kit, and the network lab's (its section "network"). */
const { exercise, goal, sentence } = exerciseKit<Optim2dSnapshot, T>();
const network = exerciseKit<OptimNetSnapshot, T>();
const ALL: OptimizerKind[] = ['sgd', 'momentum', 'rmsprop', 'adam'];
const FAST = { speed: 20 } satisfies Partial<Values>;
const p3 = (v: number) => Number(v.toPrecision(3));
const TH10 = quadraticTheory(10);
/** κ = 10 with SGD at its best fixed step 2/(λmin + λmax), momentum (β = 0.9) at half of it, RMSProp and Adam at their suggested rates. */
export const RAVINE10 = {
  surface: 'ravine',
  kappa: 10,
  opts: ALL,
  ...suggestedPatch(quadraticRavine({ kappa: 10 })),
  sgdLr: p3(TH10.gdBestLr),
  momLr: p3(TH10.gdBestLr / 2),
  ...FAST,
} satisfies Partial<Values>;
/** κ = 100, SGD alone, keeping its best step for κ = 10. */
export const FATE = { ...RAVINE10, kappa: 100, opts: ['sgd'] } satisfies Partial<Values>;
const TH100 = quadraticTheory(100);
export const BEST100 = { ...RAVINE10, kappa: 100, opts: ['sgd'], sgdLr: p3(TH100.gdBestLr) } satisfies Partial<Values>;
/** The default start's distance from the ravine's minimum (the origin). */
const START_DIST = Math.hypot(...quadraticRavine().start);
export const ROSEN = {
  surface: 'rosenbrock',
  opts: ['momentum', 'adam'],
  ...suggestedPatch(surfaceById('rosenbrock')),
  ...FAST,
} satisfies Partial<Values>;
const HIMMEL = {
  surface: 'himmelblau',
  opts: ['sgd', 'adam'],
  ...suggestedPatch(surfaceById('himmelblau')),
  ...FAST,
} satisfies Partial<Values>;
export const NET = {
  dataset: 'spiral',
  batch: 10,
  schedule: 'constant',
  netSgdLr: 0.3,
  netMomLr: 0.03,
  netAdamLr: 0.03,
  seed: 1,
} satisfies Partial<Values>;
/** One choice per optimizer, by its name. */
const optimizers = (kinds: OptimizerKind[]) => kinds.map((k): ChoiceEntry => [k, OPT_NAMES[k]]);
const DETERMINISTIC =
  'Nothing here is random (the surface and the start are exact), so the run is the same for everyone.';
const threeDigits = (v: number) => String(Number(v.toPrecision(3)));
/** Steps for every factor of ten at a per-step factor r. */
const perDecade = (r: number) => Math.log(10) / -Math.log(r);

export const RavineRaceExercise = exercise({
  id: 'ravine-race',
  n: 3,
  title: 'who reaches the bottom of the ravine first?',
  question: `On a milder ravine, κ = ${RAVINE10.kappa}, which optimizer gets within ${RAVINE_RADIUS} of the minimum first?`,
  setup: `The button sets up the ravine with κ = ${RAVINE10.kappa} from the default start: SGD at its best fixed step 2/(λmin + λmax) = ${RAVINE10.sgdLr}, momentum at half of it (η = ${RAVINE10.momLr}, β = ${RAVINE10.momBeta}), RMSProp at η = ${RAVINE10.rmsLr} and Adam at η = ${RAVINE10.adamLr}. ${DETERMINISTIC}`,
  patch: RAVINE10,
  judge: judgeRavineRace,
  view: { id: 'opt-plot', label: 'the paths on the surface' },
  answer: choiceAnswer(...optimizers(ALL), ['none', 'Nobody within the step limit']),
  explain: byAnswer(
    {
      sgd: `At κ = ${RAVINE10.kappa} the ravine is mild, and SGD at its best fixed step shrinks the distance by (κ − 1)/(κ + 1) = ${fmt(gdFactor(RAVINE10.sgdLr, [1, RAVINE10.kappa]), 3)} a step. Momentum with β = ${RAVINE10.momBeta} swings past the floor and back: its error shrinks only by √β = ${fmt(momentumFactor(RAVINE10.momLr, RAVINE10.momBeta, [1, RAVINE10.kappa]), 3)} a step. A β that large pays off only on narrower ravines; the optimal β for κ = ${RAVINE10.kappa} is ${fmt(TH10.momentumBestBeta, 2)}.`,
    },
    'SGD did not win this time: look at the paths to see who cut the corner.',
    `On a narrower ravine momentum wins: drag κ in the lab up to ${DEFAULT_KAPPA}. The κ slider gives SGD and momentum the same step, and momentum arrives first.`,
  ),
});

export const SgdFateExercise = exercise({
  id: 'kappa-100',
  n: 1,
  title: 'the same step on a narrower ravine',
  question: `SGD’s step η = ${FATE.sgdLr} is the best one for κ = ${RAVINE10.kappa}. Keep it and make the ravine ten times narrower, κ = ${FATE.kappa}. What happens?`,
  setup: `The button sets κ to ${FATE.kappa} but keeps SGD’s learning rate at the κ = ${RAVINE10.kappa} value, η = ${FATE.sgdLr}. ${DETERMINISTIC}`,
  patch: FATE,
  judge: judgeSgdFate,
  view: { id: 'opt-plot', label: 'the SGD path' },
  answer: choiceAnswer(
    ['converged', 'It still reaches the minimum, just more slowly'],
    ['slow', 'It crawls and is still far away at the step limit'],
    ['diverged', 'It flies off the plot'],
  ),
  explain: (o) =>
    `λmax grew tenfold, from ${RAVINE10.kappa} to ${FATE.kappa}, so the safe limit 2/λmax fell to ${fmt(2 / FATE.kappa, 3)}. With η = ${FATE.sgdLr} each step across the ravine multiplies the distance from the floor by |1 − ηλmax| = ${fmt(Math.abs(1 - FATE.sgdLr * FATE.kappa), 3)}: ${o.answer === 'diverged' ? 'it grows every step, and the path leaves the plot.' : 'look at the path.'}`,
});

/** The answer field's example: not the answer (the unit test checks it is outside the tolerance). */
export const SGD_STEPS_EXAMPLE = '100';

export const SgdStepsExercise = exercise({
  id: 'sgd-steps-100',
  n: 4,
  title: 'how many steps does SGD need at κ = 100?',
  question: `From the default start, how many steps does SGD at its best fixed learning rate need to get within ${RAVINE_RADIUS} of the minimum of a κ = 100 ravine? (The text above gives everything you need.)`,
  setup: `The button sets up SGD alone on the ravine with κ = ${BEST100.kappa} at its best fixed step η = 2/(1 + ${BEST100.kappa}) ≈ ${BEST100.sgdLr}, from the default start (${fmt(START_DIST, 2)} from the minimum), and counts the steps until it is within ${RAVINE_RADIUS}. Within 20 % counts as right. ${DETERMINISTIC}`,
  patch: BEST100,
  judge: judgeSgdSteps,
  view: { id: 'rate-box', label: 'the rate box under the plot' },
  answer: numberAnswer({ rel: 0.2 }, SGD_STEPS_EXAMPLE, 'steps'),
  explain: () => {
    const decades = Math.log10(START_DIST / RAVINE_RADIUS);
    return `The distance shrinks by (κ − 1)/(κ + 1) = ${fmt(TH100.gdRate, 3)} a step, about ${Math.round(perDecade(TH100.gdRate))} steps per factor of ten, and ${fmt(START_DIST, 2)} → ${RAVINE_RADIUS} is ${fmt(decades, 2)} factors of ten: about ${Math.round(decades * perDecade(TH100.gdRate))} steps by the formula. Momentum at its optimal settings shrinks it by ${fmt(TH100.momentumRate, 2)} a step, about ${Math.round(perDecade(TH100.momentumRate))} steps per factor of ten.`;
  },
});

export const FixSgdGoal = goal({
  id: 'fix-sgd',
  n: 2,
  title: 'rescue SGD on a narrow ravine',
  question: `Start from the diverging setup, then change as few settings as you can so that SGD, on a ravine with κ = ${GOAL_KAPPA} or more, gets within ${RAVINE_RADIUS} of the minimum in at most ${GOAL_STEPS} steps. This exercise watches the lab while you try.`,
  requires: fixSgdMissing,
  start: { label: `Start from: κ = ${GOAL_KAPPA} with SGD’s κ = ${RAVINE10.kappa} step (it diverges)`, patch: FATE },
  judge: judgeFixSgd,
  view: { id: 'opt-plot', label: 'the SGD path' },
  explain: () =>
    `The learning rate is the setting that matters. Below 2/λmax (${fmt(2 / GOAL_KAPPA, 3)} at κ = ${GOAL_KAPPA}) the steep direction calms down instead of blowing up, and close to 2/(λmin + λmax) (${fmt(2 / (1 + GOAL_KAPPA), 3)}) the flat direction moves as fast as it can.`,
});

export const RosenbrockExercise = exercise({
  id: 'rosenbrock-race',
  n: 5,
  title: 'Adam or momentum along the banana?',
  question: 'Will Adam or momentum reach the Rosenbrock minimum first from the classic start?',
  setup: `The button sets up the Rosenbrock valley from the classic start (−1.2, 1) with momentum and Adam at their suggested rates, and races them to within ${ROSEN_RADIUS} of the minimum at (1, 1). ${DETERMINISTIC}`,
  patch: ROSEN,
  judge: judgeRosenRace,
  view: { id: 'opt-plot', label: 'the paths on the surface' },
  answer: choiceAnswer(...optimizers(['momentum', 'adam']), ['none', 'Neither within the step limit']),
  explain: byAnswer(
    {
      momentum:
        'Both drop to the valley floor quickly. Along the curved floor the gradient keeps pointing roughly the same way, so momentum’s velocity builds up; Adam moves about η per step whatever the slope, which is steady but not faster.',
    },
    'Adam’s steady steps of about η won here: look at how momentum swings across the valley.',
  ),
});

export const HimmelblauExercise = exercise({
  id: 'himmelblau',
  n: 6,
  title: 'same start, same minimum?',
  question: 'SGD and Adam start from the same point on a surface with four minima. Do they end in the same one?',
  setup: `The button sets up Himmelblau’s surface (four equally deep minima) from (4.5, 0.5) with SGD and Adam at their suggested rates, and compares where they stop. ${DETERMINISTIC}`,
  patch: HIMMEL,
  judge: judgeHimmelblau,
  view: { id: 'opt-plot', label: 'the paths on the surface' },
  answer: choiceAnswer(['same', 'The same minimum'], ['different', 'Different minima']),
  explain: byAnswer(
    {
      different:
        'Adam divides each coordinate’s step by the size of its own gradient, so it does not walk along the gradient: it turns the direction, and from this start the turn is enough to land in another basin.',
    },
    'They agreed this time: try another start on the plot.',
  ),
});

export const NetRaceExercise = network.exercise({
  id: 'net-race',
  n: 7,
  title: `lowest training loss after ${NET_EPOCHS} epochs`,
  question: `Three identical networks, three optimizers. After ${NET_EPOCHS} epochs on the spiral, whose training loss is lowest?`,
  setup: `The button sets up the spiral with batch ${NET.batch} and constant rates: SGD η = ${NET.netSgdLr}, momentum η = ${NET.netMomLr} with β = 0.9 (the same effective step as SGD, η/(1 − β) = ${fmt(NET.netMomLr / 0.1, 2)}), Adam η = ${NET.netAdamLr}. The seed is fixed at ${NET.seed}, so all three start from the same weights and see the same mini-batches. After ${NET_EPOCHS} epochs it names the lowest training loss only if it is more than ${NET_MARGIN} below the next: SGD and momentum, equivalent here, end up to ${NET_NOISE} apart from seed to seed, so a smaller gap is noise.`,
  patch: NET,
  judge: judgeNetRace,
  view: { id: 'net-loss', label: 'the training-loss chart' },
  answer: choiceAnswer(...optimizers(['sgd', 'momentum', 'adam'])),
  explain: (o) =>
    o.tie
      ? 'Compare the loss curves: at these settings the three did not separate by more than the noise.'
      : o.answer === 'adam'
        ? 'Adam divides each weight’s step by the size of that weight’s recent gradients, so weights with small gradients still move; SGD and momentum use one step size for all of them. On this network, whose weights get gradients of very different sizes, that pays off early.'
        : `${OPT_NAMES[o.answer as OptimizerKind]} is ahead here: compare the loss curves.`,
});

/** "For κ = 100 that is 0.98 …": κ is scrubbable; the ravine in the lab follows. */
export const KappaSentence = sentence((p) => {
  const k = p.kappa;
  const gd = (k - 1) / (k + 1);
  const mom = (Math.sqrt(k) - 1) / (Math.sqrt(k) + 1);
  // Rounded as the prose rounds them (115 and 11 at κ = 100; tests/unit/prose-numbers.test.ts).
  const per = (r: number) => (r <= 0 ? 1 : Math.max(1, Math.round(perDecade(r))));
  return (
    <>
      For κ ={' '}
      <Scrub
        param="kappa"
        label="Condition number κ (the number in the sentence)"
        format={threeDigits}
        view={{ id: 'opt-plot', label: 'the paths on the surface' }}
      />
      , gradient descent’s factor is {fmt(gd, 3)}: about {per(gd)} steps for every factor of ten. Momentum’s is{' '}
      {fmt(mom, 3)}, about {per(mom)} steps, {fmt(per(gd) / per(mom), 2)} times fewer.
      {p.surface === 'ravine'
        ? ' The ravine in the lab above has this κ now.'
        : ' (Choose the quadratic ravine to see it in the lab.)'}
    </>
  );
});

/** "At η = …, SGD's step across the ravine …": SGD's learning rate is scrubbable. */
export const SgdLrSentence = sentence((p) => {
  const lmax = p.kappa; // λmin = 1
  const f = Math.abs(1 - p.sgdLr * lmax);
  return (
    <>
      At η = <Scrub param="sgdLr" label="SGD step η (the number in the sentence)" format={threeDigits} /> on a ravine
      with λmax = {fmt(lmax, 3)}, every SGD step multiplies the distance across the ravine by |1 − ηλmax| = {fmt(f, 3)}
      {f > 1
        ? ': more than 1, so the path diverges.'
        : f > 0.9
          ? ': just below 1, a slow zig-zag or a slow creep.'
          : ': well below 1, so the steep direction settles quickly.'}{' '}
      The limit is 2/λmax = {fmt(2 / lmax, 3)}.
    </>
  );
});
