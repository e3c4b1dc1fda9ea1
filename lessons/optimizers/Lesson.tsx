import { LessonPage, ReferencesSection, useLessonParams } from '../../src/kit';
import './optimizers.css';
import { NetworkPart } from './NetworkPart';
import { PARAMS, SLUG } from './params';
import { ProseGradientDescent, ProseMethods, REFERENCES } from './Prose';
import { SurfaceLabSection } from './SurfaceLab';

export default function Optimizers() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);

  return (
    <LessonPage slug={SLUG}>
      <SurfaceLabSection p={p} setP={setP}>
        <ProseGradientDescent />
        <ProseMethods />
      </SurfaceLabSection>
      <NetworkPart p={p} setP={setP} />
      <ReferencesSection items={REFERENCES} />
    </LessonPage>
  );
}
