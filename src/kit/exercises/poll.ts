/**
 * Presenter polls: in presenter mode an exercise shows its question with the answers
 * hidden; the instructor's key (A) reveals the answers of the exercise in view. Each
 * exercise registers here while it is mounted; the choice uses the same rule as the lab
 * shortcuts (focused and on screen, else most visible; src/store/controllers.ts).
 */
import { inViewRegistry } from '../../store/controllers';

const polls = inViewRegistry<{ element: () => HTMLElement | null; reveal: () => void }>();
export const pollStore = polls.store;

export function registerPoll(element: () => HTMLElement | null, reveal: () => void): () => void {
  return polls.add({ element, reveal });
}

/** Reveal the answers of the exercise the audience is looking at. */
export function revealPollInView(): void {
  polls.inView()?.reveal();
}
