/**
 * Exercises as data: a lesson binds its snapshot and parameter types once
 * (`const { exercise, goal } = exerciseKit<Snapshot, typeof PARAMS>()`) and defines each
 * exercise as one object whose `question` is the paragraph the section opens with. The
 * result is a component to place in the prose, the same as writing the <Exercise> out.
 */
import type { ComponentType, ReactNode } from 'react';
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

/** Turns a component whose children are the question into a factory of question-bound components. */
function definer<P extends { id: string; children: ReactNode }>(Shell: ComponentType<P>) {
  return ({ question, ...props }: Omit<P, 'children'> & { question: ReactNode }) => {
    const all = { ...props, children: <p>{question}</p> } as unknown as P;
    const Defined = () => <Shell {...all} />;
    Defined.displayName = `${Shell.name}(${props.id})`;
    return Defined;
  };
}

/** Component factories for one lesson's exercises (S: its task's snapshot, T: its parameter table). */
export function exerciseKit<S, T extends ParamTable>() {
  return {
    exercise: definer(Exercise as ComponentType<ExerciseProps<S, T>>) as (def: ExerciseDef<S, T>) => () => ReactNode,
    goal: definer(GoalExercise as ComponentType<GoalProps<S, T>>) as (def: GoalDef<S, T>) => () => ReactNode,
  };
}
