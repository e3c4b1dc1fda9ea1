import {
  METHOD_NAMES,
  METHODS,
  type Method,
  type MethodBudget,
  type PretrainInfo,
  type PretrainSnapshot,
} from '../../src/engine';
import { pct } from '../../src/math/format';
import { METHOD_TEXT_COLORS } from '../../src/viz/palette';
import { plainRange, plateauWords } from './judges';

export interface FinalRow {
  method: Method;
  train: number;
  test: number;
}

/** The final phase's latest evaluation per network (null until it has begun). */
export function finalRows(
  snap: PretrainSnapshot | null,
  info: PretrainInfo | null,
): { rows: FinalRow[]; epoch: number; epochs: number } | null {
  if (!snap?.curves || !info) return null;
  const i = info.phases.findIndex((p) => p.kind === 'finetune');
  const c = snap.curves[i];
  const R = METHODS.length;
  const stride = 1 + 2 * R;
  if (!c || c.length < stride) return null;
  const last = c.length - stride;
  return {
    epoch: c[last],
    epochs: info.phases[i].epochs,
    rows: METHODS.map((method, r) => ({ method, train: c[last + 1 + r], test: c[last + 1 + R + r] })),
  };
}

/** Epochs as a person writes them: whole numbers bare, a running count to one decimal. */
export function epochs(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  const e = Math.round(v * 10) / 10;
  return Number.isInteger(e) ? String(e) : e.toFixed(1);
}

const count = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US'));
const seconds = (s: number | undefined) =>
  s === undefined || !Number.isFinite(s) ? '—' : `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;

export function ResultsTable({ snap, info }: { snap: PretrainSnapshot | null; info: PretrainInfo | null }) {
  const res = finalRows(snap, info);
  return (
    <table className="lwp-results" data-testid="results">
      <caption>
        Budget and error rates
        {res
          ? ` after ${res.epoch.toFixed(1)} of ${res.epochs} epochs of the final phase`
          : ' (errors filled in during the last phase)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Network</th>
          <th scope="col" title="Passes over the training digits with their labels">
            Epochs with labels
          </th>
          <th scope="col" title="Passes over the training digits without labels (autoencoders)">
            Without
          </th>
          <th scope="col" title="Mini-batch steps of gradient descent that moved this network's weights, all phases">
            Weight updates
          </th>
          <th
            scope="col"
            title="Training time of those updates; steps that train several networks side by side are split evenly"
          >
            Time
          </th>
          <th scope="col">Train error</th>
          <th scope="col">Test error</th>
        </tr>
      </thead>
      <tbody>
        {METHODS.map((m, r) => {
          const row = res?.rows[r];
          const b = snap?.budget[r];
          return (
            <tr key={m}>
              <th scope="row" style={{ color: METHOD_TEXT_COLORS[m] }}>
                {METHOD_NAMES[m]}
              </th>
              <td data-testid={`labelled-epochs-${m}`}>{epochs(b?.labelledEpochs)}</td>
              <td data-testid={`unlabelled-epochs-${m}`}>{epochs(b?.unlabelledEpochs)}</td>
              <td data-testid={`updates-${m}`}>{count(b?.updates)}</td>
              <td>{seconds(b?.seconds)}</td>
              <td>{pct(row?.train, 1)}</td>
              <td data-testid={`test-error-${m}`}>{pct(row?.test, 1)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Percentage points between two error rates, in words. */
function points(a: number, b: number): string {
  return `${(100 * Math.abs(a - b)).toFixed(1)} points`;
}

/** The budget, in words, from the counted updates and epochs (METHODS order). */
export function budgetText(budget: MethodBudget[]): { equal: boolean; text: string } {
  const b = Object.fromEntries(METHODS.map((m, r) => [m, budget[r]])) as Record<Method, MethodBudget>;
  const U = (m: Method) => count(b[m].updates);
  const equal = METHODS.every((m) => b[m].updates === b.plain.updates);
  if (equal) {
    const L = (m: Method) => epochs(b[m].labelledEpochs);
    return {
      equal,
      text: `Every network had the same budget, ${U('plain')} weight updates, of which these epochs with labels: plain backprop ${L('plain')}, ReLU + He ${L('today')}, supervised greedy ${L('supervised')} (its pre-training uses the labels too), unsupervised greedy ${L('unsupervised')} (after ${epochs(b.unsupervised.unlabelledEpochs)} without labels).`,
    };
  }
  return {
    equal,
    text: `The budgets are not equal: plain backprop had ${U('plain')} weight updates and the ReLU network ${U('today')}, against ${U('supervised')} for supervised greedy and ${U('unsupervised')} for unsupervised greedy (pre-training and fine-tuning), so this race favours the pre-trained stacks.`,
  };
}

/** What this run shows, in plain words, computed from its numbers (never written in advance). */
export function findingsText(snap: PretrainSnapshot | null, info: PretrainInfo | null): string[] {
  const res = finalRows(snap, info);
  if (!snap || !res || res.epoch === 0)
    return ['The comparison appears in the last phase, when all four networks learn from the labels side by side.'];
  const e = Object.fromEntries(res.rows.map((r) => [r.method, r.test])) as Record<Method, number>;
  const out: string[] = [];
  const when = snap.done
    ? 'At the end'
    : `So far (${res.epoch.toFixed(1)} of ${res.epochs} epochs of the final phase; the numbers will still change)`;
  out.push(
    `${when}, the test errors are: plain backprop ${pct(e.plain, 1)}, supervised greedy ${pct(e.supervised, 1)}, unsupervised greedy ${pct(e.unsupervised, 1)}, ReLU + He ${pct(e.today, 1)}.`,
  );
  const budget = budgetText(snap.budget);
  out.push(budget.text);
  const bestPre: Method = e.unsupervised <= e.supervised ? 'unsupervised' : 'supervised';
  const gain = e.plain - e[bestPre];
  if (gain > 0.02)
    out.push(
      `Pre-training helped the deep sigmoid network: ${METHOD_NAMES[bestPre]} beats plain backprop by ${points(e.plain, e[bestPre])}${budget.equal ? ' with the same number of updates' : ', but plain backprop had fewer updates: give it as many to see whether the lead survives'}.`,
    );
  else if (gain > -0.02) out.push(`Pre-training made little difference here (within 2 points of plain backprop).`);
  else
    out.push(
      `Pre-training did not help here: plain backprop is ${points(e.plain, e[bestPre])} better than the best pre-trained network.`,
    );
  const plateau = plateauWords(plainRange(snap.curves, !!info?.phases.some((p) => p.kind === 'extra'))).trim();
  if (plateau) out.push(plateau);
  const d = e.today - e[bestPre];
  out.push(
    `The ReLU network, trained plainly with no pre-training at all, is ${Math.abs(d) < 0.01 ? 'level with' : d < 0 ? `${points(e.today, e[bestPre])} better than` : `${points(e.today, e[bestPre])} worse than`} the best pre-trained sigmoid network.`,
  );
  const paperOrder = e.plain > e.supervised && e.supervised > e.unsupervised;
  const preBeatsPlain = e.plain > e.supervised && e.plain > e.unsupervised;
  out.push(
    paperOrder
      ? 'That is the order Bengio et al. (2007) reported on MNIST: plain worst, supervised greedy better, unsupervised greedy best.'
      : preBeatsPlain
        ? 'Bengio et al. (2007) found unsupervised pre-training ahead of supervised; here both beat plain backprop but in the other order (small runs are noisy: try another seed or the full run).'
        : 'Bengio et al. (2007) found plain backprop behind both kinds of pre-training; this run does not show that order (try another seed or the full run).',
  );
  return out;
}

export function Findings({
  snap,
  info,
  compact,
}: {
  snap: PretrainSnapshot | null;
  info: PretrainInfo | null;
  compact: boolean;
}) {
  const all = findingsText(snap, info);
  // On the projector: the verdicts only (the numbers are in the table beside it).
  const lines = compact && all.length > 1 ? all.slice(1) : all;
  return (
    <div className={`lwp-findings ${compact ? 'is-compact' : ''}`} data-testid="findings">
      <strong>What your run shows. </strong>
      {lines.join(' ')}
    </div>
  );
}
