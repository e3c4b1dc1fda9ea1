/**
 * Exercises as data: a lesson binds its snapshot and parameter types once
 * (`const { exercise, goal } = exerciseKit<Snapshot, typeof PARAMS>()`) and defines each
 * exercise as one object whose `question` is the paragraph the section opens with. The
 * result is a component to place in the prose, the same as writing the <Exercise> out.
 */
import type { ReactNode } from 'react';
import type { ParamTable } from '../../store/params';
import { Exercise, type AnswerSpec, type ExerciseProps } from './Exercise';
import { GoalExercise, type GoalProps } from './GoalExercise';
import type { Tolerance } from './judge';

/** A multiple-choice answer: one [id, label] pair per choice, in the order shown. */
export function choiceAnswer(...choices: [id: string, label: ReactNode][]): AnswerSpec {
  return { kind: 'choice', choices: choices.map(([id, label]) => ({ id, label })) };
}

/** A number answer, right within `tolerance`; `example` is the input's placeholder. */
export function numberAnswer(tolerance: Tolerance, example?: string, unit?: string): AnswerSpec {
  return { kind: 'number', tolerance, example, unit };
}

export type ExerciseDef<S, T extends ParamTable> = Omit<ExerciseProps<S, T>, 'children'> & { question: ReactNode };
export type GoalDef<S, T extends ParamTable> = Omit<GoalProps<S, T>, 'children'> & { question: ReactNode };

/** Component factories for one lesson's exercises (S: its task's snapshot, T: its parameter table). */
export function exerciseKit<S, T extends ParamTable>() {
  return {
    exercise({ question, ...props }: ExerciseDef<S, T>) {
      const Defined = () => (
        <Exercise<S, T> {...props}>
          <p>{question}</p>
        </Exercise>
      );
      Defined.displayName = `Exercise(${props.id})`;
      return Defined;
    },
    goal({ question, ...props }: GoalDef<S, T>) {
      const Defined = () => (
        <GoalExercise<S, T> {...props}>
          <p>{question}</p>
        </GoalExercise>
      );
      Defined.displayName = `GoalExercise(${props.id})`;
      return Defined;
    },
  };
}
