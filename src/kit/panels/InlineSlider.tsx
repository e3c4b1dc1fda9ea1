/**
 * A labelled whole-number slider that shows its value, for a row of `.inline-controls`
 * (label and input side by side, no wrapper). Lesson parameters use ParamControl instead.
 */
export function InlineSlider({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
}) {
  return (
    <>
      <label htmlFor={id}>
        {label} <output>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </>
  );
}
