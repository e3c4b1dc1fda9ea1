import './perceptron-xor.css';
import { useState } from 'react';
import { LessonProgress, LessonProvider } from '../../src/app/exercises';
import { LessonPage, ReferencesSection } from '../../src/app/ui/lesson';
import { useLessonParams } from '../../src/store/lessonParams';
import { ApproxLab } from './ApproxLab';
import { HiddenLab } from './HiddenLab';
import { PARAMS, SLUG } from './params';
import { PerceptronLab } from './PerceptronLab';
import { PerceptronSession } from './perceptronSession';
import { ProseApprox, ProseHidden, ProsePerceptron, REFERENCES } from './Prose';

export default function PerceptronXor() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  // Three labs on one page: each part's prose sits in the provider of the lab its exercises watch.
  const [session] = useState(() => new PerceptronSession());
  return (
    <LessonPage slug={SLUG}>
      <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={session.asLab()}>
        <LessonProgress />
        <PerceptronLab p={p} setP={setP} session={session} />
        <ProsePerceptron />
      </LessonProvider>
      <HiddenLab p={p} setP={setP}>
        <ProseHidden />
      </HiddenLab>
      <ApproxLab p={p} setP={setP}>
        <ProseApprox />
      </ApproxLab>
      <ReferencesSection items={REFERENCES} />
    </LessonPage>
  );
}
