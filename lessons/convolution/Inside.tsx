import { memo, useMemo, useRef } from 'react';
import { Section } from '../../src/kit';
import { channel, cnnForward, cnnShapes, type CnnArch, type CnnSnapshot } from '../../src/engine';
import { ExportFigure } from '../../src/viz/ExportFigure';
import { PixelView } from '../../src/viz/PixelView';
import { useFrozenWhenHidden, useInView } from '../../src/viz/useInView';
import { Confusion } from './Confusion';
import { initialSmoothness, kernelSmoothness } from './kernels';

/** Learned filters, the feature maps of the current digit, and the confusion matrix. */
export const Inside = memo(function Inside({
  arch,
  seed,
  snap: live,
  fwd: liveFwd,
  source,
  image,
}: {
  arch: CnnArch;
  seed: number;
  snap: CnnSnapshot | null;
  fwd: ReturnType<typeof cnnForward> | null;
  source: string;
  image: Float32Array;
}) {
  const box = useRef<HTMLDivElement>(null);
  const visible = useInView(box);
  const lastSnap = useRef(live);
  const lastFwd = useRef(liveFwd);
  const snap = useFrozenWhenHidden(live, visible, lastSnap);
  const fwd = useFrozenWhenHidden(liveFwd, visible, lastFwd);
  const k = arch.kernel;
  const w1 = snap?.cnnWeights?.[0];
  const filters = useMemo(() => {
    if (!w1 || w1.length !== k * k * arch.filters1) return [];
    return Array.from({ length: arch.filters1 }, (_, f) =>
      Float32Array.from({ length: k * k }, (_, i) => w1[i * arch.filters1 + f]),
    );
  }, [w1, k, arch.filters1]);
  const smooth = w1 ? kernelSmoothness(w1, k, arch.filters1) : NaN;
  const start = useMemo(() => initialSmoothness(arch, seed), [arch, seed]);
  let wMax = 0;
  for (const f of filters) for (const v of f) wMax = Math.max(wMax, Math.abs(v));
  // Memoized on the (frozen-when-hidden) forward pass, so an off-screen section redraws nothing.
  const { conv1, conv2 } = cnnShapes(arch);
  const maps1 = useMemo(
    () => (fwd ? Array.from({ length: arch.filters1 }, (_, q) => channel(fwd.maps1, conv1, arch.filters1, q)) : []),
    [fwd, conv1, arch.filters1],
  );
  const maps2 = useMemo(
    () => (fwd ? Array.from({ length: arch.filters2 }, (_, q) => channel(fwd.maps2, conv2, arch.filters2, q)) : []),
    [fwd, conv2, arch.filters2],
  );

  return (
    <Section id="inside" title="Inside the trained network">
      <div ref={box}>
        <p>
          The first layer’s {arch.filters1} kernels start as random noise: each weight drawn on its own, so neighbouring
          weights are unrelated. Watch them while the network trains. As they learn, neighbouring weights come to agree
          and a kernel becomes a few smooth patches, orange where it wants ink and purple where it wants paper — the
          makings of the stroke and edge detectors of the kernel demo further down the page. Nobody tells them to. The
          line under the kernels measures it.
        </p>
        <LearnedKernels filters={filters} k={k} wMax={wMax} smooth={smooth} start={start} />
        <div className="inside-grid">
          <div>
            <h3>Feature maps of {source}</h3>
            <FeatureMaps arch={arch} image={image} source={source} maps1={maps1} maps2={maps2} />
            {!fwd && <p className="small">The maps appear once the network has started.</p>}
          </div>
          <div>
            <h3>Confusion matrix (CNN, test digits)</h3>
            <Confusion counts={snap?.confusion ?? null} />
          </div>
        </div>
      </div>
    </Section>
  );
});

/** The first conv layer's kernels, side by side, and how smooth they are now against at the start. */
function LearnedKernels({
  filters,
  k,
  wMax,
  smooth,
  start,
}: {
  filters: Float32Array[];
  k: number;
  wMax: number;
  smooth: number;
  start: number;
}) {
  return (
    <>
      <ExportFigure title="Learned first-layer kernels">
        <div className="filter-row" role="group" aria-label="Learned first-layer kernels">
          {filters.map((f, i) => (
            <PixelView
              key={i}
              values={f}
              width={k}
              height={k}
              size={48}
              scale="signed"
              range={wMax}
              title={`Kernel ${i + 1} of the first conv layer`}
            />
          ))}
        </div>
      </ExportFigure>
      <p className="small" data-testid="kernel-smoothness">
        {Number.isFinite(smooth)
          ? `Neighbouring weights in these kernels correlate ${smooth.toFixed(2)} on average now, against ${start.toFixed(2)} at the random start (0 means noise; the closer to 1, the smoother).`
          : 'The kernels appear once the network has started.'}
      </p>
    </>
  );
}

/** The current digit and its feature maps after each conv layer. */
function FeatureMaps({
  arch,
  image,
  source,
  maps1,
  maps2,
}: {
  arch: CnnArch;
  image: Float32Array;
  source: string;
  maps1: Float32Array[];
  maps2: Float32Array[];
}) {
  const { conv1, conv2 } = cnnShapes(arch);
  return (
    <ExportFigure title={`Feature maps of ${source}`}>
      <div className="maps-row">
        <figure className="map-fig">
          <PixelView values={image} width={28} height={28} size={84} title={`The input: ${source}`} />
          <figcaption className="small">input 28×28</figcaption>
        </figure>
        <div>
          <p className="small">
            Conv 1: {arch.filters1} maps of {conv1}×{conv1} (after ReLU)
          </p>
          <div className="maps-grid">
            {maps1.map((m, i) => (
              <PixelView
                key={i}
                values={m}
                width={conv1}
                height={conv1}
                size={60}
                title={`Conv 1 feature map ${i + 1}`}
              />
            ))}
          </div>
          <p className="small">
            Conv 2: {arch.filters2} maps of {conv2}×{conv2}
          </p>
          <div className="maps-grid">
            {maps2.map((m, i) => (
              <PixelView
                key={i}
                values={m}
                width={conv2}
                height={conv2}
                size={40}
                title={`Conv 2 feature map ${i + 1}`}
              />
            ))}
          </div>
        </div>
      </div>
    </ExportFigure>
  );
}
