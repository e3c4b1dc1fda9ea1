/**
 * The lesson kit: everything a lesson page is built from, through this one entry.
 * A lesson is wiring — params → config → session → views (docs/ADDING_A_LESSON.md) — and
 * imports the kit from here; the engine (tasks, configs, maths), the views (src/viz) and
 * the typesetting (src/math) are imported from their own modules.
 */

// The session: one interface for every lab (worker or main thread).
export type { LabSession, SessionState } from './session/session';
export {
  useLessonTraining,
  useTrainingState,
  trainTestHistory,
  LessonTraining,
  type HistorySpec,
  type LessonTrainingState,
  type UseLessonTrainingOptions,
} from './session/useLessonTraining';
export { useStepper, type StepperOptions } from './session/useStepper';
export { Stepper, type StepperRun } from './session/stepper';
export { useHistoryView, type HistoryView } from '../viz/useHistoryView';
export { useMnist, digitImage, type MnistState } from '../store/useMnist';

// Parameters: one typed table per lesson, the URL as the source of truth.
export {
  param,
  defaults,
  type ParamDef,
  type ParamTable,
  type ParamValues,
  type NumberParam,
  type EnumParam,
  type BoolParam,
  type SetParam,
} from '../store/params';
export { useLessonParams, lowerParam } from '../store/lessonParams';

// The page, its sections and the lab.
export { useApp } from '../store/useApp';
export { reducedMotion } from '../store/motion';
export type { LessonMeta } from '../store/course';
export {
  LessonPage,
  LessonHeader,
  Section,
  ReferencesSection,
  LabGrid,
  TrainingLab,
  ParamPanel,
  TrainingAlerts,
  DivergedAlert,
  type LabParts,
} from './lesson';
export { Transport, TrainingTransport, type TransportOptions, type TransportProps } from './Transport';

// Panels.
export { DataTable, type TableAxis } from './panels/DataTable';
export { ScrollRegion } from './panels/ScrollRegion';
export { ParamControl } from './panels/ParamControl';
export { LossPanel, ChartHead } from './panels/LossPanel';
export { BoundaryRunCard, LiveTable, presenterBoundary, type BoundarySource, type LiveRow } from './panels/runs';
export { MnistStatus, MnistLabStatus } from './panels/MnistStatus';
export { UnitPicker } from './panels/UnitPicker';
export { InlineSlider } from './panels/InlineSlider';

// Exercises, progress and scrubbable numbers.
export * from './exercises';
export { clearWinner, isCorrect, withinTolerance, parseNumber, type Tolerance } from './exercises/judge';

// Beats: a lecture's steps, each with a claim checked against the live run.
export { runClaim, pageClaim, sectionSays, type Beat, type BeatClaim, type ClaimResult } from '../store/beats';
