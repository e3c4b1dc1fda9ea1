/**
 * Predict, then run. `<Exercise>` is a <section> labelled "Exercise N: …": the learner
 * commits an answer (a choice or a number), then ONE button sets up the experiment
 * through the lesson's URL state, resets and plays the lab, and a judge reads the run's
 * own measurements; the answer is compared with what the run measured. In presenter
 * mode the question shows alone until the instructor presses A (a poll).
 */
import { type RefObject, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ParamTable, ParamValues } from '../../store/params';
import { progressActions } from '../../store/progress';
import { useApp } from '../../store/useApp';
import { isCorrect, parseNumber, type JudgeFactory, type Outcome, type Tolerance } from './judge';
import { useLesson } from './LessonContext';
import { registerPoll } from './poll';
import { type RunPhase, useExperiment } from './useExperiment';
import { ShowView, useDone, type ViewRef } from './common';
import { RunDock } from './RunDock';
import { RunProgressBar, type ProgressOf } from './RunProgress';

export interface Choice {
  id: string;
  label: ReactNode;
}

export type AnswerSpec =
  { kind: 'choice'; choices: Choice[] } | { kind: 'number'; tolerance: Tolerance; unit?: string; example?: string };

export interface ExerciseProps<S, T extends ParamTable> {
  /** Stable id (progress is stored under it; list it in lessons/index.ts). */
  id: string;
  n: number;
  /** After "Exercise N: ". */
  title: string;
  /** The question. */
  children: ReactNode;
  answer: AnswerSpec;
  /** The experiment's parameters (set through the URL). Fix the seed where randomness could flip the outcome. */
  patch: Partial<ParamValues<T>>;
  /** What the button will set up, in words (say that the seed is fixed, and why). */
  setup: ReactNode;
  judge: JudgeFactory<S, ParamValues<T>>;
  /** Why: shown after the run, with the measured outcome and whether the learner was right. */
  explain: (outcome: Outcome, correct: boolean) => ReactNode;
  /** The view that shows it (docked beside the exercise while it runs, if its place is off screen). */
  view: ViewRef;
  /** For long runs: how far the run is toward the judge's answer, shown as a progress bar with the time left. */
  progress?: ProgressOf<S, T>;
}

export function Exercise<S, T extends ParamTable>(props: ExerciseProps<S, T>) {
  const { id, n, title, children, answer, patch, setup, judge, explain, view, progress } = props;
  const { slug, lab, p } = useLesson<T>();
  const uid = useId();
  const box = useRef<HTMLElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const done = useDone(id);
  const presenter = useApp((s) => s.presenter);
  const [revealed, setRevealed] = useState(false);
  const [guess, setGuess] = useState<string>('');
  const { phase, run, clear } = useExperiment<S, T>(patch, judge);
  const playing = useStore(lab.store, (s) => s.playing || s.playPending);

  useEffect(
    () =>
      presenter
        ? registerPoll(
            () => box.current,
            () => setRevealed(true),
          )
        : undefined,
    [presenter],
  );

  const outcome = phase.kind === 'done' ? phase.outcome : null;
  const tol = answer.kind === 'number' ? answer.tolerance : {};
  const value = answer.kind === 'number' ? parseNumber(guess) : guess;
  const committed = answer.kind === 'number' ? Number.isFinite(value as number) : guess !== '';
  const correct = outcome ? isCorrect(value, outcome, tol) : false;
  useEffect(() => {
    if (outcome && (correct || outcome.tie)) progressActions.markDone(slug, id);
  }, [outcome, correct, slug, id]);

  const locked = phase.kind === 'running' || phase.kind === 'done';
  const start = useFocusFollowsRun(phase, run, box, status, feedback);
  const hidden = presenter && !revealed;

  return (
    <section
      ref={box}
      className={`exercise ${hidden ? 'ex-poll' : ''}`}
      aria-labelledby={`${uid}-h`}
      data-exercise={id}
    >
      <h3 id={`${uid}-h`}>
        Exercise {n}: {title}
        {done && <span className="ex-badge"> (done)</span>}
      </h3>
      <div className="ex-question">{children}</div>
      {hidden ? (
        <p className="ex-hidden">Answers hidden. Press A to reveal them.</p>
      ) : (
        <>
          {answer.kind === 'choice' ? (
            <ChoiceAnswer
              uid={uid}
              answer={answer}
              guess={guess}
              setGuess={setGuess}
              locked={locked}
              outcome={outcome}
            />
          ) : (
            <NumberAnswer uid={uid} answer={answer} guess={guess} setGuess={setGuess} locked={locked} />
          )}
          <p className="ex-setup small">{setup}</p>
          <div className="ex-actions">
            <button type="button" className="button primary" disabled={!committed || locked} onClick={start}>
              Run the experiment
            </button>
            {!committed && phase.kind === 'idle' && <span className="small">Commit to an answer first.</span>}
          </div>
        </>
      )}
      <div ref={status} className="ex-status" aria-live="polite" tabIndex={-1}>
        {phase.kind === 'running' && (
          <p>
            Running… the lab above is training, and this exercise is watching its measurements.
            {!playing && ' (The lab is paused: press its play button to continue.)'}
          </p>
        )}
        {phase.kind === 'running' && progress && <RunProgressBar progress={progress} params={p} />}
        {phase.kind === 'interrupted' && (
          <p>
            {phase.reason}{' '}
            <button type="button" className="linklike" onClick={clear}>
              Start over
            </button>
          </p>
        )}
        {outcome && <Feedback feedback={feedback} outcome={outcome} correct={correct} explain={explain} view={view} />}
      </div>
      {phase.kind === 'running' && <RunDock view={view} keepClear={status} />}
    </section>
  );
}

/**
 * "Run the experiment" disables itself: the keyboard's place moves to the status below it
 * (the running message), then to the verdict when it comes, unless the learner has gone
 * elsewhere on the page meanwhile. Returns the button's handler.
 */
function useFocusFollowsRun(
  phase: RunPhase,
  run: () => void,
  box: RefObject<HTMLElement | null>,
  status: RefObject<HTMLDivElement | null>,
  feedback: RefObject<HTMLDivElement | null>,
): () => void {
  const started = useRef(false);
  const start = () => {
    started.current = true;
    run();
  };
  useEffect(() => {
    if (!started.current || phase.kind === 'idle') return;
    const a = document.activeElement;
    if (!(a === null || a === document.body || box.current?.contains(a))) return;
    if (phase.kind === 'done') {
      started.current = false;
      feedback.current?.focus();
    } else status.current?.focus();
  }, [phase, box, status, feedback]);
  return start;
}

interface AnswerInputProps<A> {
  uid: string;
  answer: A;
  guess: string;
  setGuess: (g: string) => void;
  locked: boolean;
}

/** One radio button per choice; after the run, the choice the run measured is marked. */
function ChoiceAnswer({
  uid,
  answer,
  guess,
  setGuess,
  locked,
  outcome,
}: AnswerInputProps<Extract<AnswerSpec, { kind: 'choice' }>> & { outcome: Outcome | null }) {
  return (
    <fieldset className="ex-choices" disabled={locked}>
      <legend>Your prediction</legend>
      {answer.choices.map((c) => (
        <label key={c.id} className={outcome && !outcome.tie && c.id === outcome.answer ? 'ex-measured' : undefined}>
          <input
            type="radio"
            name={`${uid}-choice`}
            value={c.id}
            checked={guess === c.id}
            onChange={() => setGuess(c.id)}
          />{' '}
          {c.label}
          {outcome && !outcome.tie && c.id === outcome.answer && <span className="ex-tag">the run’s answer</span>}
        </label>
      ))}
    </fieldset>
  );
}

/** A text field for a number, with its unit and an example of the format. */
function NumberAnswer({
  uid,
  answer,
  guess,
  setGuess,
  locked,
}: AnswerInputProps<Extract<AnswerSpec, { kind: 'number' }>>) {
  return (
    <div className="ex-number">
      <label htmlFor={`${uid}-num`}>Your prediction</label>{' '}
      <input
        id={`${uid}-num`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={guess}
        disabled={locked}
        placeholder={answer.example}
        aria-describedby={`${uid}-fmt`}
        onChange={(e) => setGuess(e.target.value)}
      />{' '}
      {answer.unit}
      <span id={`${uid}-fmt`} className="small">
        {' '}
        (a number{answer.example ? `, e.g. ${answer.example}` : ''})
      </span>
    </div>
  );
}

/** The verdict after the run: right, wrong or a tie, what was measured, and why. */
function Feedback({
  feedback,
  outcome,
  correct,
  explain,
  view,
}: {
  feedback: RefObject<HTMLDivElement | null>;
  outcome: Outcome;
  correct: boolean;
  explain: (outcome: Outcome, correct: boolean) => ReactNode;
  view: ViewRef;
}) {
  return (
    <div
      ref={feedback}
      tabIndex={-1}
      className={`ex-feedback ${outcome.tie ? 'ex-tie' : correct ? 'ex-right' : 'ex-wrong'}`}
    >
      <p>
        <strong>{outcome.tie ? 'No winner this run.' : correct ? 'Right.' : 'Not this time.'}</strong>{' '}
        {outcome.tie ?? `The run measured: ${outcome.measured}`}
      </p>
      <div>{explain(outcome, correct)}</div>
      <p>
        <ShowView view={view} />
      </p>
    </div>
  );
}
