/**
 * Exercises as data: a lesson binds its snapshot and parameter types once
 * (`const { exercise, goal, sentence } = exerciseKit<Snapshot, typeof PARAMS>()`) and defines
 * each exercise as one object whose `question` is the paragraph the section opens with and
 * whose `explain` is the paragraph shown after the run. The result is a component to place
 * in the prose, the same as writing the <Exercise> out.
 *
 * Every lesson writes its definitions in one order, the one-line fields first:
 *   exercise: id, n, title, question, setup, patch, judge, progress (long runs), view, answer, explain
 *   goal:     id, n, title, question, requires, start, judge, view, explain
 * with each field on one line, except `answer` (one choice per line) and `explain`
 * (`byAnswer` with one answer per line, or a function of the outcome).
 */
import type { ComponentType, ReactNode } from 'react';
import type { ParamTable, ParamValues } from '../../store/params';
import { Exercise, type AnswerSpec, type ExerciseProps } from './Exercise';
import { GoalExercise, type GoalProps } from './GoalExercise';
import type { Outcome, Tolerance } from './judge';
import { useLessonOrNull } from './LessonContext';

/** One choice of a multiple-choice answer: the id a judge answers with, and the label shown. */
export type ChoiceEntry = [id: string, label: ReactNode];

/** A multiple-choice answer: one [id, label] pair per choice, in the order shown. */
export function choiceAnswer(...choices: ChoiceEntry[]): AnswerSpec {
  return { kind: 'choice', choices: choices.map(([id, label]) => ({ id, label })) };
}

/** A number answer, right within `tolerance`; `example` is the input's placeholder. */
export function numberAnswer(tolerance: Tolerance, example?: string, unit?: string): AnswerSpec {
  return { kind: 'number', tolerance, example, unit };
}

/** A paragraph's text: fixed, or made from the run's outcome (and whether the learner was right). */
export type Paragraph<A extends unknown[]> = ReactNode | ((...args: A) => ReactNode);

/**
 * An explanation that depends on the measured answer: the text for that answer id, else
 * `otherwise`; then `after`, if given, whatever the answer.
 */
export function byAnswer(
  texts: Record<string, ReactNode>,
  otherwise?: ReactNode,
  after?: ReactNode,
): (o: Outcome) => ReactNode {
  return (o) => {
    const text = String(o.answer) in texts ? texts[String(o.answer)] : otherwise;
    return after === undefined ? (
      text
    ) : (
      <>
        {text} {after}
      </>
    );
  };
}

export type ExerciseDef<S, T extends ParamTable> = Omit<ExerciseProps<S, T>, 'children' | 'explain'> & {
  question: ReactNode;
  explain: Paragraph<[outcome: Outcome, correct: boolean]>;
};
export type GoalDef<S, T extends ParamTable> = Omit<GoalProps<S, T>, 'children' | 'explain'> & {
  question: ReactNode;
  explain: Paragraph<[outcome: Outcome]>;
};

export interface KitOptions {
  /**
   * For prose that shows before its lab exists (e.g. while the lab's data loads): each exercise
   * then says "Exercise N: " and this instead, and each sentence shows nothing.
   */
  offline?: ReactNode;
}

function paragraph<A extends unknown[]>(text: Paragraph<A>) {
  return (...args: A) => <p>{typeof text === 'function' ? text(...args) : text}</p>;
}

type Shell = { id: string; n: number; children: ReactNode; explain: (...args: never[]) => ReactNode };

/** Turns a component whose children are the question into a factory of question-bound components. */
function definer<P extends Shell>(Shell: ComponentType<P>, { offline }: KitOptions) {
  return ({
    question,
    explain,
    ...props
  }: Omit<P, 'children' | 'explain'> & { question: ReactNode; explain: Paragraph<Parameters<P['explain']>> }) => {
    const all = { ...props, explain: paragraph(explain), children: <p>{question}</p> } as unknown as P;
    const Defined = () => {
      const lesson = useLessonOrNull();
      if (!lesson && offline !== undefined) {
        return (
          <p className="small">
            Exercise {props.n}: {offline}
          </p>
        );
      }
      return <Shell {...all} />;
    };
    Defined.displayName = `${Shell.name}(${props.id})`;
    return Defined;
  };
}

/**
 * Component factories for one lesson's exercises (S: its task's snapshot, T: its parameter table):
 * `exercise(def)` and `goal(def)`, and `sentence(text)` for a paragraph with scrubbable numbers,
 * whose text is made from the lesson's current parameters.
 */
export function exerciseKit<S, T extends ParamTable>(options: KitOptions = {}) {
  return {
    exercise: definer(Exercise as ComponentType<ExerciseProps<S, T>>, options) as (
      def: ExerciseDef<S, T>,
    ) => () => ReactNode,
    goal: definer(GoalExercise as ComponentType<GoalProps<S, T>>, options) as (def: GoalDef<S, T>) => () => ReactNode,
    sentence: (text: (p: ParamValues<T>) => ReactNode) => {
      const Sentence = () => {
        const lesson = useLessonOrNull();
        if (!lesson && options.offline !== undefined) return null;
        if (!lesson) throw new Error('a scrubbable sentence outside a <LessonProvider>');
        return <p className="scrub-sentence">{text(lesson.p as ParamValues<T>)}</p>;
      };
      return Sentence;
    },
  };
}
