import './optimizers.css';
import { useEffect, useRef } from 'react';
import { LessonHeader } from '../../src/app/ui/lesson';
import { useApp } from '../../src/app/useApp';
import { useLessonParams } from '../../src/store/lessonParams';
import { SurfaceLab } from './lab';
import { NetworkPart } from './NetworkPart';
import { PARAMS, SLUG } from './params';
import { ProseGradientDescent, ProseMethods, ReferencesSection } from './Prose';
import { SurfaceLabSection } from './SurfaceLab';

export default function Optimizers() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  const presenter = useApp((s) => s.presenter);
  const lab = useRef<SurfaceLab>(null as unknown as SurfaceLab);
  lab.current ??= new SurfaceLab();
  useEffect(() => {
    const l = lab.current;
    return () => l.dispose();
  }, []);

  return (
    <article className={`lesson ${presenter ? 'is-presenting' : ''}`}>
      <LessonHeader
        number={5}
        title="Optimizers"
        lead="Four ways to walk downhill — plain gradient descent, momentum, RMSProp and Adam — racing on loss surfaces you pick, from a start point you click."
      />
      <SurfaceLabSection p={p} setP={setP} lab={lab.current} />
      <ProseGradientDescent />
      <ProseMethods />
      <NetworkPart p={p} setP={setP} />
      <ReferencesSection />
    </article>
  );
}
