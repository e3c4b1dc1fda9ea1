/**
 * The pickers of a section that looks inside one unit: hidden layer (1…depth), unit
 * (1…units) and training point (1…points). Typed numbers are rounded and clamped to
 * their range. A fragment: the caller places it in its own `.inline-controls` row.
 */
export function UnitPicker({
  idPrefix,
  depth,
  layer,
  onLayer,
  units,
  unit,
  onUnit,
  points,
  point,
  onPoint,
}: {
  idPrefix: string;
  depth: number;
  layer: number;
  onLayer: (layer: number) => void;
  units: number;
  unit: number;
  onUnit: (unit: number) => void;
  points: number;
  point: number;
  onPoint: (point: number) => void;
}) {
  const maxPoint = Math.max(1, points);
  return (
    <>
      <label htmlFor={`${idPrefix}-layer`}>Hidden layer</label>
      <select id={`${idPrefix}-layer`} value={layer} onChange={(e) => onLayer(Number(e.target.value))}>
        {Array.from({ length: depth }, (_, i) => (
          <option key={i} value={i + 1}>
            {i + 1}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-unit`}>Unit</label>
      <input
        id={`${idPrefix}-unit`}
        type="number"
        min={1}
        max={units}
        value={unit}
        onChange={(e) => onUnit(clampInt(e.target.value, 1, units))}
      />
      <label htmlFor={`${idPrefix}-point`}>Training point</label>
      <input
        id={`${idPrefix}-point`}
        type="number"
        min={1}
        max={maxPoint}
        value={point}
        onChange={(e) => onPoint(clampInt(e.target.value, 1, maxPoint))}
      />
    </>
  );
}

function clampInt(raw: string, lo: number, hi: number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.max(lo, Math.min(hi, n)) : lo;
}
