import { useState } from 'react';
import { LineChart, type Series } from '../../viz/LineChart';

/** A chart's h3 with, beside it, a checkbox that switches the chart (log scale, loss or accuracy…). */
export function ChartHead({
  heading,
  headingId,
  check,
  checked,
  onCheck,
}: {
  heading: string;
  headingId?: string;
  /** The checkbox's label. */
  check: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
}) {
  return (
    <div className="chart-head">
      <h3 id={headingId}>{heading}</h3>
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onCheck(e.target.checked)} /> {check}
      </label>
    </div>
  );
}

/** A headed loss chart with its own "Log scale" switch: what every training lesson shows. */
export function LossPanel({
  id,
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
  /** Wraps the heading and chart in a <div> with this id (an exercise's deciding view, docked while it runs). */
  id?: string;
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
  const body = (
    <>
      <ChartHead heading={heading} headingId={headingId} check="Log scale" checked={log} onCheck={setLog} />
      <LineChart
        series={series}
        version={version}
        log={log}
        xLabel={xLabel}
        yLabel={yLabel}
        title={title}
        height={height}
      />
    </>
  );
  return id ? (
    <div id={id} className="loss-panel">
      {body}
    </div>
  ) : (
    body
  );
}
