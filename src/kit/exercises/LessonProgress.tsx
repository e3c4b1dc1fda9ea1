import { findLesson } from '../../store/course';
import { doneCount, progressActions, progressText } from '../../store/progress';
import { useProgress } from './common';
import { useLesson } from './LessonContext';

/** "2 of 4 exercises done" under a lesson's header, with a reset button. */
export function LessonProgress() {
  const { slug } = useLesson();
  const progress = useProgress();
  const ids = findLesson(slug)?.exercises ?? [];
  if (!ids.length) return null;
  const done = doneCount(progress, slug, ids);
  return (
    <p className="lesson-progress small">
      <span data-testid="lesson-progress">{progressText(done, ids.length)}</span>
      {done > 0 && (
        <>
          {' '}
          <button type="button" className="linklike" onClick={() => progressActions.resetLesson(slug)}>
            Reset this lesson’s progress
          </button>
        </>
      )}
    </p>
  );
}
