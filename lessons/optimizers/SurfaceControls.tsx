import { ParamControl, type ParamValues } from '../../src/kit';
import type { ReactNode } from 'react';
import type { OptimizerKind, Surface, Vec2 } from '../../src/engine';
import { OPTIMIZER_COLORS, OPTIMIZER_TEXT_COLORS } from '../../src/viz/palette';
import { OPT_NAMES, PARAMS } from './params';

type P = ParamValues<typeof PARAMS>;

const HYPER_KEYS: Record<OptimizerKind, (keyof typeof PARAMS)[]> = {
  sgd: ['sgdLr'],
  momentum: ['momLr', 'momBeta'],
  rmsprop: ['rmsLr', 'rmsBeta', 'rmsEps'],
  adam: ['adamLr', 'adamB1', 'adamB2', 'adamEps'],
};

/** Secondary settings: folded away in presenter mode, so the lab fits one screen. */
export function More({ presenter, children }: { presenter: boolean; children: ReactNode }) {
  if (!presenter) return <>{children}</>;
  return (
    <details className="opt-more">
      <summary>More settings</summary>
      {children}
    </details>
  );
}

/** The start point, the speed and a way back to the suggested settings. */
export function StartSettings({
  p,
  setP,
  start,
  domain: d,
  clampStart,
  toSuggested,
}: {
  p: P;
  setP: (patch: Partial<P>) => void;
  start: Vec2;
  domain: Surface['domain'];
  clampStart: (x: number, y: number) => Vec2;
  toSuggested: () => void;
}) {
  return (
    <>
      <div className="inline-controls start-inputs">
        <label htmlFor="opt-sx">Start x</label>
        <input
          id="opt-sx"
          type="number"
          step={0.1}
          min={d.xMin}
          max={d.xMax}
          value={start[0]}
          onChange={(e) => numberInput(e.target.value, (x) => setP({ sx: clampStart(x, start[1])[0] }))}
        />
        <label htmlFor="opt-sy">Start y</label>
        <input
          id="opt-sy"
          type="number"
          step={0.1}
          min={d.yMin}
          max={d.yMax}
          value={start[1]}
          onChange={(e) => numberInput(e.target.value, (y) => setP({ sy: clampStart(start[0], y)[1] }))}
        />
      </div>
      <ParamControl id="opt-speed" def={PARAMS.speed} value={p.speed} onChange={(v) => setP({ speed: v as number })} />
      <button type="button" className="button" onClick={toSuggested}>
        Suggested settings for this surface
      </button>
    </>
  );
}

export function OptimizerToggles({
  p,
  setP,
  presenter,
}: {
  p: P;
  setP: (patch: Partial<P>) => void;
  presenter: boolean;
}) {
  const cards = (PARAMS.opts.options as readonly OptimizerKind[]).map((k) => {
    const on = (p.opts as OptimizerKind[]).includes(k);
    return { k, on };
  });
  const hypers = (k: OptimizerKind) =>
    HYPER_KEYS[k].map((key) => (
      <ParamControl
        key={key}
        id={`opt-${key}`}
        def={PARAMS[key]}
        value={p[key]}
        onChange={(val) => setP({ [key]: val } as Partial<P>)}
      />
    ));
  return (
    <fieldset className="control control-set opt-toggles">
      <legend>Optimizers shown</legend>
      {cards.map(({ k, on }) => (
        <div key={k} className="opt-card" style={{ borderLeftColor: OPTIMIZER_COLORS[k] }}>
          <label className="check" style={{ color: OPTIMIZER_TEXT_COLORS[k] }}>
            <input
              type="checkbox"
              checked={on}
              disabled={on && p.opts.length <= 1}
              onChange={(e) =>
                setP({
                  opts: PARAMS.opts.options.filter((o) =>
                    o === k ? e.target.checked : (p.opts as string[]).includes(o),
                  ) as OptimizerKind[],
                })
              }
            />{' '}
            <strong>{OPT_NAMES[k]}</strong>
          </label>
          {on && !presenter && hypers(k)}
        </div>
      ))}
      {presenter && (
        <details className="opt-more">
          <summary>Learning rates and β’s</summary>
          {cards.filter((c) => c.on).flatMap(({ k }) => hypers(k))}
        </details>
      )}
    </fieldset>
  );
}

function numberInput(raw: string, apply: (v: number) => void): void {
  const v = Number(raw);
  if (raw.trim() !== '' && Number.isFinite(v)) apply(Math.round(v * 100) / 100);
}
