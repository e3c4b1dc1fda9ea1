import './perceptron-xor.css';
import { LessonPage, ReferencesSection } from '../../src/app/ui/lesson';
import { useLessonParams } from '../../src/store/lessonParams';
import { ApproxLab } from './ApproxLab';
import { HiddenLab } from './HiddenLab';
import { PARAMS, SLUG } from './params';
import { PerceptronLab } from './PerceptronLab';
import { ProseApprox, ProseHidden, ProsePerceptron, REFERENCES } from './Prose';

export default function PerceptronXor() {
  const [p, setP] = useLessonParams(SLUG, PARAMS);
  return (
    <LessonPage
      number={8}
      title="The perceptron, XOR, and why one hidden layer can do (almost) anything"
      lead="One unit draws one line: it learns AND and OR, and can never learn XOR. One hidden layer fixes that — and, with enough units, can fit any curve you draw."
    >
      <PerceptronLab p={p} setP={setP} />
      <ProsePerceptron />
      <HiddenLab p={p} setP={setP} />
      <ProseHidden />
      <ApproxLab p={p} setP={setP} />
      <ProseApprox />
      <ReferencesSection items={REFERENCES} />
    </LessonPage>
  );
}
