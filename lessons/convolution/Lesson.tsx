import { LessonPage, ReferencesSection, useLessonParams, useMnist, MnistLabStatus, useApp } from '../../src/kit';
import './convolution.css';
import { CnnLab } from './CnnLab';
import { Conv1D } from './Conv1D';
import { Conv2D } from './Conv2D';
import { DenseVsConv } from './DenseVsConv';
import { PARAMS, SLUG } from './params';
import { PoolingProse, Prose, REFERENCES } from './Prose';

export default function Convolution() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const [mnist, retry] = useMnist();
  const data = mnist.status === 'ready' ? mnist.data : null;

  // The prose; its exercises run in the CNN lab, so they sit inside it once the digits are here.
  const body = (
    <>
      <Conv1D />
      <Conv2D data={data} />
      <DenseVsConv />
      <PoolingProse />
      <Prose />
      <ReferencesSection items={REFERENCES} />
    </>
  );

  return (
    <LessonPage slug={SLUG} className="lesson-convolution">
      {data ? (
        <CnnLab data={data} p={p} setP={setP} presenter={presenter}>
          {body}
        </CnnLab>
      ) : (
        <>
          <MnistLabStatus state={mnist} onRetry={retry} />
          {body}
        </>
      )}
    </LessonPage>
  );
}
