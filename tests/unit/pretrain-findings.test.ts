/**
 * "What your run shows" is computed from the run: for recorded results (test errors and
 * counted budgets), each sentence says what those numbers say, with those numbers.
 */
import { describe, expect, it } from 'vitest';
import { budgetText, findingsText, finalRows } from '../../lessons/layer-wise-pretraining/Results';
import {
  type Budget,
  buildPhases,
  METHODS,
  type Method,
  type MethodBudget,
  plannedBudget,
  type PretrainInfo,
  type PretrainSnapshot,
} from '../../src/engine/tasks/pretrain';

const hidden = [64, 64, 64, 64];
const stepsPerEpoch = 63;

function recorded(
  budget: Budget,
  test: Record<Method, number>,
  done = true,
): { snap: PretrainSnapshot; info: PretrainInfo } {
  const phases = buildPhases({ hidden, preEpochs: 2, fineEpochs: 3, budget }, [784, ...hidden, 10]);
  const planned = plannedBudget(phases, stepsPerEpoch);
  const curves = phases.map(() => new Float32Array(0));
  const fin = phases.length - 1;
  const train = METHODS.map((m) => test[m] * 0.8);
  // Two rows: the start (90% error) and the end.
  curves[fin] = Float32Array.from([
    0,
    ...METHODS.map(() => 0.9),
    ...METHODS.map(() => 0.9),
    3,
    ...train,
    ...METHODS.map((m) => test[m]),
  ]);
  const counted: MethodBudget[] = planned.map((b) => ({ ...b, seconds: b.updates / 200 }));
  const snap = {
    phase: fin,
    phaseEpoch: 3,
    step: 0,
    stepsPerSec: 0,
    examplesPerSec: 0,
    progress: 1,
    etaSec: 0,
    elapsedSec: 30,
    done,
    curvesVersion: 1,
    curves,
    budget: counted,
  } satisfies PretrainSnapshot;
  const info = {
    phases,
    planned,
    sizes: [784, ...hidden, 10],
    trainCount: 2000,
    testCount: 1000,
    evalTrain: 500,
    digits: new Float32Array(0),
    digitLabels: [],
    imageSide: 28,
  } satisfies PretrainInfo;
  return { snap, info };
}

/** The findings sentences of a recorded run. */
function findings(budget: Budget, test: Record<Method, number>): string[] {
  const { snap, info } = recorded(budget, test);
  return findingsText(snap, info);
}

describe('the findings sentences match their numbers', () => {
  it('pass: equal budgets, pre-training ahead in the paper’s order', () => {
    const { snap, info } = recorded('equal-updates', {
      plain: 0.312,
      supervised: 0.201,
      unsupervised: 0.154,
      today: 0.121,
    });
    expect(finalRows(snap, info)!.rows.map((r) => r.test)).toEqual([0.312, 0.201, 0.154, 0.121].map(Math.fround));
    const [errors, budget, verdict, relu, paper] = findingsText(snap, info);
    expect(errors).toBe(
      'At the end, the test errors are: plain backprop 31.2%, supervised greedy 20.1%, unsupervised greedy 15.4%, ReLU + He 12.1%.',
    );
    // 4 layers × 2 epochs + 3 = 11 epochs of 63 steps = 693 updates each.
    expect(budget).toBe(
      'Every network had the same budget, 693 weight updates, of which these epochs with labels: plain backprop 11, ReLU + He 11, supervised greedy 11 (its pre-training uses the labels too), unsupervised greedy 3 (after 8 without labels).',
    );
    expect(verdict).toBe(
      'Pre-training helped the deep sigmoid network: unsupervised greedy beats plain backprop by 15.8 points with the same number of updates.',
    );
    expect(relu).toBe(
      'The ReLU network, trained plainly with no pre-training at all, is 3.3 points better than the best pre-trained sigmoid network.',
    );
    expect(paper).toMatch(/^That is the order Bengio et al\. \(2007\) reported/);
  });

  it('plain backprop at chance all along: the findings say it never left its plateau, with its numbers', () => {
    const lines = findings('equal-updates', { plain: 0.903, supervised: 0.221, unsupervised: 0.173, today: 0.085 });
    expect(lines[2]).toBe(
      'Pre-training helped the deep sigmoid network: unsupervised greedy beats plain backprop by 73.0 points with the same number of updates.',
    );
    expect(lines[3]).toBe(
      'Plain backprop never left its plateau: its test error stayed between 90.0% and 90.3% all through its training with labels, where guessing gets 90% wrong.',
    );
    expect(
      findings('equal-updates', { plain: 0.312, supervised: 0.201, unsupervised: 0.154, today: 0.121 }).join(' '),
    ).not.toMatch(/plateau/);
  });

  it('fail: equal budgets, plain backprop ahead of both stacks', () => {
    const lines = findings('equal-updates', { plain: 0.1, supervised: 0.16, unsupervised: 0.14, today: 0.145 });
    expect(lines[0]).toContain(
      'plain backprop 10.0%, supervised greedy 16.0%, unsupervised greedy 14.0%, ReLU + He 14.5%',
    );
    expect(lines[2]).toBe(
      'Pre-training did not help here: plain backprop is 4.0 points better than the best pre-trained network.',
    );
    expect(lines[3]).toContain('is level with the best pre-trained sigmoid network');
    expect(lines[4]).toMatch(/this run does not show that order/);
  });

  it('unequal budgets are called unequal, and a lead for pre-training is qualified', () => {
    const lines = findings('finetune-only', { plain: 0.5, supervised: 0.2, unsupervised: 0.25, today: 0.3 });
    expect(lines[1]).toBe(
      'The budgets are not equal: plain backprop had 189 weight updates and the ReLU network 189, against 693 for supervised greedy and 693 for unsupervised greedy (pre-training and fine-tuning), so this race favours the pre-trained stacks.',
    );
    expect(lines[2]).toBe(
      'Pre-training helped the deep sigmoid network: supervised greedy beats plain backprop by 30.0 points, but plain backprop had fewer updates: give it as many to see whether the lead survives.',
    );
    expect(lines[4]).toMatch(/both beat plain backprop but in the other order/);
  });

  it('within 2 points is "little difference"; while running it says so; before the last phase it waits', () => {
    const { snap, info } = recorded(
      'equal-updates',
      { plain: 0.2, supervised: 0.19, unsupervised: 0.21, today: 0.1 },
      false,
    );
    const lines = findingsText(snap, info);
    expect(lines[0]).toMatch(/^So far \(3\.0 of 3 epochs of the final phase; the numbers will still change\)/);
    expect(lines[2]).toBe('Pre-training made little difference here (within 2 points of plain backprop).');
    expect(findingsText({ ...snap, curves: snap.curves!.map(() => new Float32Array(0)) }, info)).toHaveLength(1);
  });

  it('the budget sentence reads the counted numbers, not the plan', () => {
    const b = (updates: number, labelled: number): MethodBudget => ({
      updates,
      labelledUpdates: labelled,
      labelledEpochs: labelled / 10,
      unlabelledEpochs: (updates - labelled) / 10,
      seconds: 1,
    });
    expect(budgetText([b(120, 120), b(120, 120), b(120, 40), b(120, 120)])).toEqual({
      equal: true,
      text: 'Every network had the same budget, 120 weight updates, of which these epochs with labels: plain backprop 12, ReLU + He 12, supervised greedy 12 (its pre-training uses the labels too), unsupervised greedy 4 (after 8 without labels).',
    });
    expect(budgetText([b(45, 45), b(120, 120), b(120, 40), b(45, 45)]).equal).toBe(false);
  });
});
