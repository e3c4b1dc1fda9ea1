import { LessonProgress, LessonProvider, LessonPage, ReferencesSection, useLessonParams } from '../../src/kit';
import './perceptron-xor.css';
import { ApproxLab } from './ApproxLab';
import { HiddenLab } from './HiddenLab';
import { PARAMS, SLUG } from './params';
import { PERCEPTRON_SECTION, PerceptronLab } from './PerceptronLab';
import { usePerceptronRun } from './perceptronSession';
import { ProseApprox, ProseHidden, ProsePerceptron, REFERENCES } from './Prose';

export default function PerceptronXor() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  // Three labs on one page: each part's prose sits in the provider of the lab its exercises watch.
  const perceptron = usePerceptronRun(p, PERCEPTRON_SECTION);
  return (
    <LessonPage slug={SLUG}>
      <LessonProvider slug={SLUG} table={PARAMS} p={p} setP={setP} lab={perceptron.session}>
        <LessonProgress />
        <PerceptronLab p={p} setP={setP} run={perceptron} />
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
