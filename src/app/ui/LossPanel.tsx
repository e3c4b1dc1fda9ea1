import { useState } from 'react';
import { LineChart, type Series } from '../../viz/LineChart';

/** A headed loss chart with its own "Log scale" switch: what every training lesson shows. */
export function LossPanel({
  heading = 'Loss while training',
  headingId,
  series,
  version,
  xLabel = 'training step',
  yLabel = 'cross-entropy loss',
  title,
  height,
  log: initialLog = false,
}: {
  heading?: string;
  headingId?: string;
  series: Series[];
  version?: number;
  xLabel?: string;
  yLabel?: string;
  /** Accessible name of the chart. */
  title: string;
  height: number;
  /** Start on a log scale. */
  log?: boolean;
}) {
  const [log, setLog] = useState(initialLog);
  return (
    <>
      <div className="chart-head">
        <h3 id={headingId}>{heading}</h3>
        <label className="check">
          <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> Log scale
        </label>
      </div>
      <LineChart series={series} version={version} log={log} xLabel={xLabel} yLabel={yLabel} title={title} height={height} />
    </>
  );
}
