/** Loss-chart series built from a training history, the same way for every lesson. */
import type { Series } from './LineChart';

/** One run's look in the chart; `train` / `test` replace the default labels "‹label› train" / "‹label› test". */
export interface RunLegend {
  id: string;
  label: string;
  color: string;
  train?: string;
  test?: string;
}

/** What a History (src/store/history.ts) offers a chart: x, one y buffer per channel, the valid count. */
export interface Channels {
  x: ArrayLike<number>;
  ys: ArrayLike<number>[];
  n: number;
}

/**
 * A solid train series and a dashed test series per run, in run order. By default both
 * come from one trainTestHistory (channels train₀…train_R−1, test₀…test_R−1); a lesson
 * that keeps train and test in two histories passes both, and where run r sits in each.
 */
export function trainTestSeries(
  runs: readonly RunLegend[],
  train: Channels,
  test: Channels = train,
  channel: (r: number, isTest: boolean) => number = (r, isTest) => (isTest ? runs.length + r : r),
): Series[] {
  return runs.flatMap((run, r) => [
    {
      id: `${run.id}-train`,
      label: run.train ?? `${run.label} train`,
      color: run.color,
      x: train.x,
      y: train.ys[channel(r, false)],
      n: train.n,
    },
    {
      id: `${run.id}-test`,
      label: run.test ?? `${run.label} test`,
      color: run.color,
      dashed: true,
      x: test.x,
      y: test.ys[channel(r, true)],
      n: test.n,
    },
  ]);
}
