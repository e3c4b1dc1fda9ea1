import { activeController, controllerStore, type LessonController } from '../../store/controllers';
import type { Action } from './types';

/**
 * A shortcut that drives the lab the learner is looking at (src/store/controllers.ts):
 * offered while a lesson's lab is on the page, it calls that controller's method of the
 * same name.
 */
export function labAction(
  id: keyof Pick<LessonController, 'togglePlay' | 'step' | 'reset'>,
  label: string,
  key: string,
  display: string,
): Action {
  return {
    id,
    label,
    keys: [key],
    display,
    enabled: () => controllerStore.getState().count > 0,
    perform: () => activeController()?.[id](),
  };
}
