import { METHOD_NAMES, METHODS, type Method } from '../../src/engine';
import { Section, useTrainingState } from '../../src/kit';
import { ImageGrid } from '../../src/viz/ImageGrid';
import { METHOD_TEXT_COLORS } from '../../src/viz/palette';
import type { PretrainLab } from './Lab';
import { featureSmoothness } from './smoothness';
import { useMemo } from 'react';

const CAPTION: Record<Method, string> = {
  plain: 'random until the last phase, then trained with labels only',
  supervised: 'layer 1 of the supervised greedy stack',
  unsupervised: 'the encoder of the first autoencoder',
  today: 'ReLU, He initialization, labels only',
};

/** Each first-layer unit's 784 incoming weights drawn as a 28×28 image. */
export function Features({ lab, phone }: { lab: PretrainLab; phone: boolean }) {
  const st = useTrainingState(lab);
  const snap = st.snapshot;
  const units = snap?.featureUnits ?? 0;
  const side = st.info?.imageSide ?? 28;
  const cols = Math.max(1, Math.ceil(Math.sqrt(units)));
  const cell = phone ? 18 : 24;
  const smooth = useMemo(() => featureSmoothness(snap?.features, units, side), [snap?.features, units, side]);
  return (
    <Section id="features" title="What the first layer learned">
      <p>
        Every unit of the first hidden layer has one weight per pixel, so its weights form a 28×28 picture: orange
        pixels push the unit on, purple ones push it off. Random weights look like static. Compare the four networks
        while the run goes on, and read the line below the pictures, which measures how smooth each network’s pictures
        are: smooth strokes and blobs are pieces that digits are made of.
      </p>
      <p className="small" data-testid="feature-smoothness">
        {smooth
          ? `How smooth each network’s features are now — the correlation of neighbouring pixels’ weights, 0 for static: ${METHODS.map((m) => `${METHOD_NAMES[m]} ${smooth[m].toFixed(2)}`).join(', ')}.`
          : 'The features appear once the run has started.'}
      </p>
      <div className="lwp-features">
        {METHODS.map((m, i) => (
          <figure key={m}>
            <figcaption>
              <strong style={{ color: METHOD_TEXT_COLORS[m] }}>{METHOD_NAMES[m]}</strong>
              <span className="small"> — {CAPTION[m]}</span>
            </figcaption>
            <ImageGrid
              values={snap?.features ?? null}
              offset={i * units}
              count={units}
              side={side}
              columns={cols}
              cell={cell}
              gap={1}
              scale="signed"
              title={`First-layer features of the ${METHOD_NAMES[m]} network: ${units} units, each unit's weights as an image`}
            />
          </figure>
        ))}
      </div>
    </Section>
  );
}
