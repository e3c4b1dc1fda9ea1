import { useId } from 'react';
import type { NumberParam, ParamDef } from '../../store/params';
import { fmt } from '../../math/format';

/** One control, generated from the parameter's definition in the lesson's table. */
export function ParamControl({
  def,
  value,
  onChange,
  id: idIn,
}: {
  def: ParamDef;
  value: unknown;
  onChange: (v: unknown) => void;
  id?: string;
}) {
  const auto = useId();
  const id = idIn ?? auto;
  switch (def.kind) {
    case 'enum':
      return (
        <div className="control">
          <label htmlFor={id}>{def.label}</label>
          <select id={id} value={value as string} onChange={(e) => onChange(e.target.value)}>
            {def.options.map((o) => (
              <option key={o} value={o}>
                {def.names?.[o] ?? o}
              </option>
            ))}
          </select>
        </div>
      );
    case 'set': {
      const v = value as string[];
      return (
        <fieldset className="control control-set">
          <legend>{def.label}</legend>
          {def.options.map((o) => {
            const checked = v.includes(o);
            return (
              <label key={o} className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && v.length <= def.minItems}
                  onChange={(e) =>
                    onChange(
                      e.target.checked ? def.options.filter((x) => x === o || v.includes(x)) : v.filter((x) => x !== o),
                    )
                  }
                />
                {def.names?.[o] ?? o}
              </label>
            );
          })}
        </fieldset>
      );
    }
    case 'bool':
      return (
        <div className="control">
          <label className="check">
            <input type="checkbox" checked={value as boolean} onChange={(e) => onChange(e.target.checked)} />{' '}
            {def.label}
          </label>
        </div>
      );
    case 'number':
    case 'int':
      return <Slider def={def} value={value as number} onChange={onChange} id={id} />;
  }
}

function Slider({
  def,
  value,
  onChange,
  id,
}: {
  def: NumberParam;
  value: number;
  onChange: (v: number) => void;
  id: string;
}) {
  // Log sliders move in log10 space with 40 stops per decade.
  const toPos = (v: number) => (def.log ? Math.log10(v) : v);
  const fromPos = (p: number) => {
    if (!def.log) return def.kind === 'int' ? Math.round(p) : Number(p.toPrecision(6));
    const v = 10 ** p;
    return Number(v.toPrecision(2));
  };
  const step = def.log ? 0.025 : def.kind === 'int' ? 1 : (def.step ?? (def.max - def.min) / 100);
  const shown = def.kind === 'int' ? String(value) : fmt(value, 3);
  return (
    <div className="control">
      <label htmlFor={id}>
        {def.label} <output htmlFor={id}>{shown}</output>
      </label>
      <input
        id={id}
        type="range"
        min={toPos(def.min)}
        max={toPos(def.max)}
        step={step}
        value={toPos(value)}
        aria-valuetext={shown}
        onChange={(e) => onChange(Math.min(def.max, Math.max(def.min, fromPos(Number(e.target.value)))))}
      />
    </div>
  );
}
