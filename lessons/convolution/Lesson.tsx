import { LessonHeader, Section } from '../../src/app/ui/lesson';
import { useApp } from '../../src/app/useApp';
import { useLessonParams } from '../../src/store/lessonParams';
import { CnnLab } from './CnnLab';
import { Conv1D } from './Conv1D';
import { Conv2D } from './Conv2D';
import { DenseVsConv } from './DenseVsConv';
import { PARAMS, SLUG } from './params';
import { PoolingProse, Prose, ReferencesSection } from './Prose';
import { useMnist, type MnistState } from './useMnist';

export default function Convolution() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const [mnist, retry] = useMnist();
  const data = mnist.status === 'ready' ? mnist.data : null;

  return (
    <article className={`lesson lesson-convolution ${presenter ? 'is-presenting' : ''}`}>
      <LessonHeader
        number={3}
        title="Convolution"
        lead="A convolutional network learns to read real handwritten digits while you watch. Press play, draw a digit, then scroll down to see what a convolution is and why it works so well on images."
      />
      {data ? (
        <CnnLab data={data} p={p} setP={setP} presenter={presenter} />
      ) : (
        <Section id="lab" className="lab">
          <DataStatus state={mnist} onRetry={retry} />
        </Section>
      )}
      <Conv1D />
      <Conv2D data={data} />
      <DenseVsConv />
      <PoolingProse />
      <Prose />
      <ReferencesSection />
    </article>
  );
}

function DataStatus({ state, onRetry }: { state: MnistState; onRetry: () => void }) {
  if (state.status === 'error') {
    return (
      <div className="notice notice-error" role="alert" data-testid="mnist-error">
        <div>
          <strong>The digits could not be loaded.</strong> {state.message}
          <div className="actions">
            <button type="button" className="button" onClick={onRetry}>
              Try again
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (state.status !== 'loading') return null;
  const share = state.total ? state.loaded / state.total : null;
  return (
    <div className="mnist-loading">
      <label htmlFor="mnist-progress">Loading 10,000 handwritten digits (7.8 MB)…</label>
      <progress id="mnist-progress" max={1} value={share ?? undefined} />
      <span className="small" aria-live="polite">
        {(state.loaded / 1e6).toFixed(1)} MB{state.total ? ` of ${(state.total / 1e6).toFixed(1)} MB` : ''}
      </span>
    </div>
  );
}
