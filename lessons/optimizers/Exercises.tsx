/**
 * This lesson's exercises and scrubbable sentences, each placed in the prose with one line.
 * The 2D ones run in the surface lab (section "lab"), the network one in section "network";
 * each sits inside the <LessonProvider> of its own lab. Judges: judges.ts.
 */
import { byAnswer, choiceAnswer, exerciseKit, numberAnswer, Scrub, type ChoiceEntry } from '../../src/app/exercises';
import type { OptimizerKind } from '../../src/engine/optim2d';
import { quadraticRavine, surfaceById } from '../../src/engine/surfaces';
import type { Optim2dSnapshot } from '../../src/engine/tasks/optim2d';
import type { OptimNetSnapshot } from '../../src/engine/tasks/optimnet';
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
  RAVINE_RADIUS,
  ROSEN_RADIUS,
  type Values,
} from './judges';
import { OPT_NAMES, suggestedPatch, type PARAMS } from './params';

type T = typeof PARAMS;
/** The surface lab's kit, and the network lab's (its section "network"). */
const { exercise, goal, sentence } = exerciseKit<Optim2dSnapshot, T>();
const network = exerciseKit<OptimNetSnapshot, T>();
const ALL: OptimizerKind[] = ['sgd', 'momentum', 'rmsprop', 'adam'];
const FAST = { speed: 20 } satisfies Partial<Values>;
const RAVINE10 = { surface: 'ravine', kappa: 10, opts: ALL, ...suggestedPatch(quadraticRavine({ kappa: 10 })), ...FAST } satisfies Partial<Values>;
/** κ = 100 with the rates suggested for κ = 10 (as the κ slider alone would leave them). */
export const FATE = { ...RAVINE10, kappa: 100, opts: ['sgd'] } satisfies Partial<Values>;
const BEST100 = { ...RAVINE10, kappa: 100, opts: ['sgd'], sgdLr: Number((2 / 101).toPrecision(3)) } satisfies Partial<Values>;
export const ROSEN = { surface: 'rosenbrock', opts: ['momentum', 'adam'], ...suggestedPatch(surfaceById('rosenbrock')), ...FAST } satisfies Partial<Values>;
const HIMMEL = { surface: 'himmelblau', opts: ['sgd', 'adam'], ...suggestedPatch(surfaceById('himmelblau')), ...FAST } satisfies Partial<Values>;
const NET = { dataset: 'spiral', batch: 10, schedule: 'constant', netSgdLr: 0.3, netMomLr: 0.03, netAdamLr: 0.01, seed: 1 } satisfies Partial<Values>;
/** One choice per optimizer, by its name. */
const optimizers = (kinds: OptimizerKind[]) => kinds.map((k): ChoiceEntry => [k, OPT_NAMES[k]]);
const DETERMINISTIC = 'Nothing here is random (the surface and the start are exact), so the run is the same for everyone.';
const threeDigits = (v: number) => String(Number(v.toPrecision(3)));

export const RavineRaceExercise = exercise({
  id: 'ravine-race',
  n: 3,
  title: 'who reaches the bottom of the ravine first?',
  question: `On the default ravine (κ = 10), which optimizer gets within ${RAVINE_RADIUS} of the minimum first?`,
  setup: `The button sets up the ravine with κ = 10, all four optimizers at their suggested rates (SGD at its best fixed step 2/(λmin + λmax)), from the default start. ${DETERMINISTIC}`,
  patch: RAVINE10,
  judge: judgeRavineRace,
  view: { id: 'lab', label: 'the paths on the surface' },
  answer: choiceAnswer(
    ...optimizers(ALL),
    ['none', 'Nobody within the step limit'],
  ),
  explain: byAnswer(
    {
      sgd: 'At κ = 10 the ravine is mild, and SGD at its best fixed step shrinks the distance by (κ − 1)/(κ + 1) ≈ 0.82 a step without overshooting. Momentum at these (not optimal) settings swings past the floor and has to bleed off its speed; the adaptive methods move about η per step, so they slow down near the bottom.',
    },
    'SGD did not win this time: look at the paths to see who cut the corner.',
    'Momentum wins on narrower ravines: drag κ up and race again.',
  ),
});

export const SgdFateExercise = exercise({
  id: 'kappa-100',
  n: 1,
  title: 'the same step on a narrower ravine',
  question: `SGD’s step η = ${FATE.sgdLr} is the best one for κ = 10. Keep it and make the ravine ten times narrower, κ = 100. What happens?`,
  setup: `The button sets κ to 100 but keeps SGD’s learning rate at the κ = 10 value, η = ${FATE.sgdLr}. ${DETERMINISTIC}`,
  patch: FATE,
  judge: judgeSgdFate,
  view: { id: 'lab', label: 'the SGD path' },
  answer: choiceAnswer(
    ['converged', 'It still reaches the minimum, just more slowly'],
    ['slow', 'It crawls and is still far away at the step limit'],
    ['diverged', 'It flies off the plot'],
  ),
  explain: (o) => `λmax grew tenfold, from 10 to 100, so the safe limit 2/λmax fell to 0.02. With η = ${FATE.sgdLr} each step across the ravine multiplies the distance from the floor by |1 − ηλmax| = ${fmt(Math.abs(1 - FATE.sgdLr * 100), 3)}: ${o.answer === 'diverged' ? 'it grows every step, and the path leaves the plot.' : 'look at the path.'}`,
});

export const SgdStepsExercise = exercise({
  id: 'sgd-steps-100',
  n: 4,
  title: 'how many steps does SGD need at κ = 100?',
  question: `From the default start, how many steps does SGD at its best fixed learning rate need to get within ${RAVINE_RADIUS} of the minimum of a κ = 100 ravine? (The text above gives everything you need.)`,
  setup: `The button sets up SGD alone on the ravine with κ = 100 at its best fixed step η = 2/(1 + 100) ≈ ${BEST100.sgdLr}, from the default start (about 4.1 from the minimum), and counts the steps until it is within ${RAVINE_RADIUS}. Within 20 % counts as right. ${DETERMINISTIC}`,
  patch: BEST100,
  judge: judgeSgdSteps,
  view: { id: 'lab', label: 'the rate box under the plot' },
  answer: numberAnswer({ rel: 0.2 }, '300', 'steps'),
  explain: (o) => `The distance shrinks by (κ − 1)/(κ + 1) = 0.98 a step, about 115 steps per factor of ten, and 4.1 → ${RAVINE_RADIUS} is about 3.6 factors of ten: roughly 415 steps. The run took ${fmt(o.answer as number, 3)}. Momentum at its optimal settings needs about a tenth of that.`,
});

export const FixSgdGoal = goal({
  id: 'fix-sgd',
  n: 2,
  title: 'rescue SGD on a narrow ravine',
  question: `Start from the diverging setup, then change as few settings as you can so that SGD, on a ravine with κ = ${GOAL_KAPPA} or more, gets within ${RAVINE_RADIUS} of the minimum in at most ${GOAL_STEPS} steps. This exercise watches the lab while you try.`,
  requires: fixSgdMissing,
  start: { label: `Start from: κ = ${GOAL_KAPPA} with SGD’s κ = 10 step (it diverges)`, patch: FATE },
  judge: judgeFixSgd,
  view: { id: 'lab', label: 'the SGD path' },
  explain: (o) => `${o.measured} One change was enough: the learning rate. Below 2/λmax = 0.02 the steep direction calms down, and close to 2/(λmin + λmax) the flat direction moves as fast as it can.`,
});

export const RosenbrockExercise = exercise({
  id: 'rosenbrock-race',
  n: 5,
  title: 'Adam or momentum along the banana?',
  question: 'Will Adam or momentum reach the Rosenbrock minimum first from the classic start?',
  setup: `The button sets up the Rosenbrock valley from the classic start (−1.2, 1) with momentum and Adam at their suggested rates, and races them to within ${ROSEN_RADIUS} of the minimum at (1, 1). ${DETERMINISTIC}`,
  patch: ROSEN,
  judge: judgeRosenRace,
  view: { id: 'lab', label: 'the paths on the surface' },
  answer: choiceAnswer(
    ...optimizers(['momentum', 'adam']),
    ['none', 'Neither within the step limit'],
  ),
  explain: byAnswer(
    {
      momentum: 'Both drop to the valley floor quickly. Along the curved floor the gradient keeps pointing roughly the same way, so momentum’s velocity builds up; Adam moves about η per step whatever the slope, which is steady but not faster.',
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
  view: { id: 'lab', label: 'the paths on the surface' },
  answer: choiceAnswer(
    ['same', 'The same minimum'],
    ['different', 'Different minima'],
  ),
  explain: byAnswer(
    {
      different: 'Adam divides each coordinate’s step by the size of its own gradient, so it does not walk along the gradient: it turns the direction, and from this start the turn is enough to land in another basin.',
    },
    'They agreed this time: try another start on the plot.',
  ),
});

export const NetRaceExercise = network.exercise({
  id: 'net-race',
  n: 7,
  title: `lowest training loss after ${NET_EPOCHS} epochs`,
  question: `Three identical networks, three optimizers. After ${NET_EPOCHS} epochs on the spiral, whose training loss is lowest?`,
  setup: `The button sets up the spiral with batch 10, constant rates at their defaults (SGD 0.3, momentum 0.03, Adam 0.01) and the seed fixed at 1, so all three start from the same weights and see the same mini-batches (another seed can change the order), and compares the training losses after ${NET_EPOCHS} epochs.`,
  patch: NET,
  judge: judgeNetRace,
  view: { id: 'network', label: 'the training-loss chart' },
  answer: choiceAnswer(...optimizers(['sgd', 'momentum', 'adam'])),
  explain: (o) => `${OPT_NAMES[o.answer as OptimizerKind]} is ahead. Compare the loss curves: the per-parameter step sizes of Adam usually pay off early on a network whose layers have gradients of very different sizes.`,
});

/** "For κ = 100 that is 0.98 …": κ is scrubbable; the ravine in the lab follows. */
export const KappaSentence = sentence((p) => {
  const k = p.kappa;
  const gd = (k - 1) / (k + 1);
  const mom = (Math.sqrt(k) - 1) / (Math.sqrt(k) + 1);
  const per = (r: number) => (r <= 0 ? 1 : Math.ceil(Math.log(10) / -Math.log(r)));
  return (
    <>
      For κ = <Scrub param="kappa" label="Condition number κ (the number in the sentence)" format={threeDigits} />, gradient descent’s factor is{' '}
      {fmt(gd, 3)}: about {per(gd)} steps for every factor of ten. Momentum’s is {fmt(mom, 3)}, about {per(mom)} steps, {fmt(per(gd) / per(mom), 2)} times
      fewer.{p.surface === 'ravine' ? ' The ravine in the lab above has this κ now.' : ' (Choose the quadratic ravine to see it in the lab.)'}
    </>
  );
});

/** "At η = …, SGD's step across the ravine …": SGD's learning rate is scrubbable. */
export const SgdLrSentence = sentence((p) => {
  const lmax = p.kappa; // λmin = 1
  const f = Math.abs(1 - p.sgdLr * lmax);
  return (
    <>
      At η = <Scrub param="sgdLr" label="SGD step η (the number in the sentence)" format={threeDigits} /> on a ravine with λmax = {fmt(lmax, 3)}, every
      SGD step multiplies the distance across the ravine by |1 − ηλmax| = {fmt(f, 3)}
      {f > 1 ? ': more than 1, so the path diverges.' : f > 0.9 ? ': just below 1, a slow zig-zag or a slow creep.' : ': well below 1, so the steep direction settles quickly.'}{' '}
      The limit is 2/λmax = {fmt(2 / lmax, 3)}.
    </>
  );
});
