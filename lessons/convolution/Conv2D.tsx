import { InlineSlider, Section, digitImage } from '../../src/kit';
import { memo, useId, useMemo, useState } from 'react';
import {
  conv2d,
  convOutputSize,
  KERNEL_PRESET_IDS,
  KERNEL_PRESETS,
  pool2d,
  type KernelPresetId,
  type MnistData,
} from '../../src/engine';
import { Formula } from '../../src/math/Formula';
import { fmt } from '../../src/math/format';
import { DrawPad } from '../../src/viz/DrawPad';
import { PixelView } from '../../src/viz/PixelView';

const SIDE = 28;

export const Conv2D = memo(function Conv2D({ data }: { data: MnistData | null }) {
  const ids = useId();
  const kern = useKernel();
  const { kernel, k } = kern;
  const [padding, setPadding] = useState(0);
  const [stride, setStride] = useState(1);
  const [flip, setFlip] = useState(false);
  const [poolKind, setPoolKind] = useState<'max' | 'avg'>('max');
  const src = useConvInput(data);
  const { input, inputName } = src;

  const out = useMemo(
    () =>
      input
        ? conv2d(input, SIDE, SIDE, kernel, k, k, { padding, stride, mode: flip ? 'convolution' : 'cross-correlation' })
        : null,
    [input, kernel, k, padding, stride, flip],
  );
  const outN = convOutputSize(SIDE, k, padding, stride);
  const signed = kernel.some((v) => v < 0);
  const pooled = useMemo(
    () => (out && out.height >= 2 ? pool2d(out.data, out.height, out.width, { size: 2, kind: poolKind }) : null),
    [out, poolKind],
  );

  return (
    <Section id="conv2d" title="Convolution on images: kernels">
      <p>
        An image is a signal in two directions. The kernel K becomes a small grid of weights, and the sum runs over rows
        m and columns n:
      </p>
      <Formula
        display
        tex="S(i,j) = (I * K)(i,j) = \sum_m \sum_n I(m,n)\, K(i-m,\, j-n) = \sum_m \sum_n I(i-m,\, j-n)\, K(m,n)"
        label="S of i j equals the sum over m and n of I of m n times K of i minus m, j minus n"
      />
      <p>
        The two forms are equal (substitute m → i − m); the second is handier because m and n run only over the small
        kernel. Deep-learning libraries, tfjs included, actually compute the <em>cross-correlation</em> S(i, j) = Σ
        <sub>m</sub> Σ<sub>n</sub> I(i + m, j + n) K(m, n): the same thing without flipping the kernel. For a learned
        kernel the difference does not matter (the network simply learns the flipped weights), so they still call it
        convolution. This page does the same; tick “flip the kernel” to see true convolution — a symmetric blur does not
        change, a Sobel kernel changes sign.
      </p>

      <div className="conv2d-grid">
        <InputColumn ids={ids} data={data} src={src} />

        <div className="conv2d-col">
          <KernelEditor ids={ids} kern={kern} />
          <div className="inline-controls">
            <InlineSlider id={`${ids}-pad`} label="Padding p" value={padding} min={0} max={3} onChange={setPadding} />
            <InlineSlider id={`${ids}-stride`} label="Stride s" value={stride} min={1} max={4} onChange={setStride} />
          </div>
          <label className="check">
            <input type="checkbox" checked={flip} onChange={(e) => setFlip(e.target.checked)} /> Flip the kernel (true
            convolution)
          </label>
          <p className="formula-line" data-testid="out-size" tabIndex={0} role="group" aria-label="Output size">
            <Formula
              tex={`\\text{out} = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1 = \\left\\lfloor \\frac{28 + 2\\cdot${padding} - ${k}}{${stride}} \\right\\rfloor + 1 = ${outN}`}
              label={`out equals floor of n plus 2 p minus k over s, plus 1, which is ${outN}`}
            />
          </p>
        </div>

        <OutputColumn
          ids={ids}
          out={out}
          pooled={pooled}
          signed={signed}
          inputName={inputName}
          poolKind={poolKind}
          setPoolKind={setPoolKind}
        />
      </div>
      <p>
        Try the presets: the box blur averages the 3×3 neighbourhood, the Gaussian weights the centre more and blurs
        more smoothly, sharpen adds “centre minus neighbours” back to the image, and the edge detectors — Sobel x, Sobel
        y and the Laplacian — sum to zero, so flat regions give 0 and only changes in brightness respond. Padding adds p
        rings of zeros around the input so the kernel can sit on the border; a stride s moves the kernel s pixels at a
        time. Both change the size of the output by the formula above: a 5×5 kernel with no padding turns 28×28 into
        24×24, and stride 2 roughly halves each side.
      </p>
    </Section>
  );
});

/** The kernel's weights, as numbers and as the learner typed them, with its preset and the edits. */
function useKernel() {
  const [presetId, setPresetId] = useState<KernelPresetId | 'custom'>('sobel-x');
  const [kernel, setKernel] = useState<number[]>([...KERNEL_PRESETS['sobel-x'].values]);
  const [raw, setRaw] = useState<string[]>(() => KERNEL_PRESETS['sobel-x'].values.map((v) => fmtCell(v)));
  const k = Math.round(Math.sqrt(kernel.length));

  const applyPreset = (id: KernelPresetId) => {
    const v = [...KERNEL_PRESETS[id].values];
    setPresetId(id);
    setKernel(v);
    setRaw(v.map(fmtCell));
  };
  const setSize = (n: number) => {
    const v = new Array<number>(n * n).fill(0);
    v[Math.floor((n * n) / 2)] = 1;
    setPresetId('custom');
    setKernel(v);
    setRaw(v.map(fmtCell));
  };
  const editCell = (i: number, s: string) => {
    const r = [...raw];
    r[i] = s;
    setRaw(r);
    const n = parseCell(s);
    if (Number.isFinite(n)) {
      const v = [...kernel];
      v[i] = n;
      setKernel(v);
      setPresetId('custom');
    }
  };
  return { presetId, kernel, raw, k, applyPreset, setSize, editCell };
}
type Kernel = ReturnType<typeof useKernel>;

/** The image the kernel runs on: the file's first digit until the learner loads another one, draws or clears. */
function useConvInput(data: MnistData | null) {
  const [digitN, setDigitN] = useState(1);
  const [image, setImage] = useState<Float32Array | null>(null);
  const [loaded, setLoaded] = useState<Float32Array | null>(null);
  const [source, setSource] = useState('');

  // The first digit of the file until the learner loads another one or draws.
  const fallback = useMemo(() => (data ? digitImage(data, 0) : null), [data]);
  const input = image ?? fallback;
  const inputName = image
    ? source
    : data
      ? `digit #1 of the file (a ${data.labels[0]})`
      : 'nothing yet (the digits are loading)';

  const loadDigit = (n: number) => {
    if (!data) return;
    const img = digitImage(data, n - 1);
    setImage(img);
    setLoaded(img);
    setSource(`digit #${n} of the file (a ${data.labels[n - 1]})`);
  };
  const draw = (img: Float32Array) => {
    setImage(img);
    setSource('your drawing');
  };
  const clear = () => {
    const z = new Float32Array(784);
    setImage(z);
    setLoaded(z);
    setSource('an empty pad');
  };
  return { digitN, setDigitN, input, inputName, padLoad: loaded ?? fallback, loadDigit, draw, clear };
}

/** The drawing pad, the digit picker and Clear. */
function InputColumn({
  ids,
  data,
  src,
}: {
  ids: string;
  data: MnistData | null;
  src: ReturnType<typeof useConvInput>;
}) {
  const { digitN, setDigitN, loadDigit } = src;
  return (
    <div className="conv2d-col">
      <h3>Input</h3>
      <DrawPad
        size={168}
        load={src.padLoad}
        label="Drawing pad for the kernel demo: draw with the mouse, a finger or a pen."
        onChange={src.draw}
      />
      <div className="draw-controls">
        <label htmlFor={`${ids}-digit`}>Digit #</label>
        <input
          id={`${ids}-digit`}
          type="number"
          min={1}
          max={data?.count ?? 10000}
          value={digitN}
          disabled={!data}
          onChange={(e) =>
            setDigitN(Math.max(1, Math.min(data?.count ?? 10000, Math.round(Number(e.target.value)) || 1)))
          }
        />
        <button type="button" className="button" disabled={!data} onClick={() => loadDigit(digitN)}>
          Load digit
        </button>
        <button type="button" className="button" onClick={src.clear}>
          Clear
        </button>
      </div>
      <p className="small">Showing {src.inputName}. Draw on it, or load a real MNIST digit.</p>
    </div>
  );
}

/** Preset and size pickers, one text field per weight, and what the kernel does. */
function KernelEditor({ ids, kern }: { ids: string; kern: Kernel }) {
  const { presetId, raw, k, kernel, applyPreset, setSize, editCell } = kern;
  const preset = presetId === 'custom' ? null : KERNEL_PRESETS[presetId];
  const kernelSum = kernel.reduce((a, b) => a + b, 0);
  const invalid = raw.some((s) => !Number.isFinite(parseCell(s)));
  return (
    <>
      <h3>Kernel</h3>
      <div className="inline-controls">
        <label htmlFor={`${ids}-preset`}>Preset</label>
        <select
          id={`${ids}-preset`}
          value={presetId}
          onChange={(e) => e.target.value !== 'custom' && applyPreset(e.target.value as KernelPresetId)}
        >
          {KERNEL_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {KERNEL_PRESETS[id].name}
            </option>
          ))}
          <option value="custom">Custom (your numbers)</option>
        </select>
        <label htmlFor={`${ids}-size`}>Size</label>
        <select id={`${ids}-size`} value={k} onChange={(e) => setSize(Number(e.target.value))}>
          <option value={3}>3 × 3</option>
          <option value={5}>5 × 5</option>
        </select>
      </div>
      <div
        className="kernel-editor"
        style={{ gridTemplateColumns: `repeat(${k}, 3.6em)` }}
        role="group"
        aria-label={`Kernel weights, ${k} by ${k}`}
      >
        {raw.map((s, i) => (
          <input
            key={`${k}-${i}`}
            type="text"
            inputMode="decimal"
            value={s}
            aria-label={`Kernel row ${Math.floor(i / k) + 1}, column ${(i % k) + 1}`}
            aria-invalid={!Number.isFinite(parseCell(s))}
            onChange={(e) => editCell(i, e.target.value)}
          />
        ))}
      </div>
      {invalid && (
        <p className="small field-error" role="alert">
          Every cell needs a number (like 0.25 or −1); the output uses the last valid value.
        </p>
      )}
      <p className="small">
        {preset ? preset.description : 'Your own kernel.'} Weights sum to {fmt(kernelSum, 3)}.
      </p>
    </>
  );
}

/** A 2-D result of conv2d or pool2d. */
type Grid = ReturnType<typeof pool2d>;

/** The kernel's output and its 2×2 pooling. */
function OutputColumn({
  ids,
  out,
  pooled,
  signed,
  inputName,
  poolKind,
  setPoolKind,
}: {
  ids: string;
  out: Grid | null;
  pooled: Grid | null;
  signed: boolean;
  inputName: string;
  poolKind: 'max' | 'avg';
  setPoolKind: (kind: 'max' | 'avg') => void;
}) {
  return (
    <div className="conv2d-col">
      <h3>Output {out ? `${out.height}×${out.width}` : ''}</h3>
      <PixelView
        values={out?.data ?? null}
        width={out?.width ?? 1}
        height={out?.height ?? 1}
        size={168}
        scale={signed ? 'signed' : 'ink'}
        title={`Result of the kernel on ${inputName}: ${out ? `${out.height} by ${out.width} pixels` : 'none yet'}${signed ? ', orange positive, purple negative' : ''}.`}
      />
      <p className="small" data-testid="out-summary">
        {out ? summary(out.data) : '—'}
        {signed ? ' Orange is positive, purple negative, white zero.' : ''}
      </p>
      <h3>Pooled 2×2</h3>
      <div className="inline-controls">
        <label htmlFor={`${ids}-pool`}>Pooling</label>
        <select id={`${ids}-pool`} value={poolKind} onChange={(e) => setPoolKind(e.target.value as 'max' | 'avg')}>
          <option value="max">Max</option>
          <option value="avg">Average</option>
        </select>
      </div>
      <PixelView
        values={pooled?.data ?? null}
        width={pooled?.width ?? 1}
        height={pooled?.height ?? 1}
        size={112}
        scale={signed ? 'signed' : 'ink'}
        title={`${poolKind === 'max' ? 'Max' : 'Average'}-pooled output, ${pooled ? `${pooled.height} by ${pooled.width}` : 'none'}.`}
      />
      <p className="small">
        {pooled
          ? `${pooled.height}×${pooled.width}: each pixel is the ${poolKind === 'max' ? 'largest' : 'mean'} of a 2×2 block, a quarter of the pixels.`
          : ''}
      </p>
    </div>
  );
}

/** A cell's number; accepts a typographic minus and fractions like 1/9. NaN if not a number. */
function parseCell(s: string): number {
  const t = s.trim().replace(/\u2212/g, '-');
  if (t === '') return NaN;
  const frac = /^(-?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  return Number(t);
}

function fmtCell(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
}

function summary(d: Float32Array): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of d) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return `Values from ${fmt(lo)} to ${fmt(hi)}.`;
}
