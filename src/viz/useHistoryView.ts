/**
 * A history filled in place (src/store/history.ts, or any x / ys / n buffers) as a value
 * React can compare: a new view object whenever the session's `version` says the buffers
 * changed. Chart series built from the view list it as their one honest dependency:
 *
 *   const view = useHistoryView(lab.histories.loss, st.version);
 *   const series = useMemo(() => trainTestSeries(legend, view), [legend, view]);
 */
import { useMemo } from 'react';
import type { Channels } from './series';

export interface HistoryView extends Channels {
  /** The session version this view was taken at. */
  version: number;
}

export function useHistoryView(history: Channels, version: number): HistoryView {
  return useMemo(() => ({ x: history.x, ys: history.ys, n: history.n, version }), [history, version]);
}
