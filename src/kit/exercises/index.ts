/** Exercises, progress and scrubbable numbers for lessons: see docs/ADDING_A_LESSON.md, "Exercises". */
export { Exercise, type ExerciseProps, type Choice } from './Exercise';
export { GoalExercise, type GoalProps } from './GoalExercise';
export { Scrub } from './Scrub';
export { LessonProvider, useLesson, useLessonOrNull } from './LessonContext';
export { LessonProgress } from './LessonProgress';
export { firstBelow, judgeRecording, type Judge, type JudgeFactory, type Outcome } from './judge';
export {
  byAnswer,
  choiceAnswer,
  type ChoiceEntry,
  exerciseKit,
  numberAnswer,
  type ExerciseDef,
  type GoalDef,
  type KitOptions,
  type Paragraph,
} from './define';
export type { AnswerSpec } from './Exercise';
export type { ProgressOf, RunProgress } from './RunProgress';
