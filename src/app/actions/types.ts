import type { AppState } from '../../store/app';

/** One keyboard action (after excalidraw's one-file-per-action registry). */
export interface Action {
  id: string;
  label: string;
  /** KeyboardEvent.key values (case-insensitive for letters); ' ' is Space. */
  keys: string[];
  /** Shown in the shortcut list, e.g. "Space". */
  display: string;
  /** Only offered when this holds. */
  enabled?: (s: AppState) => boolean;
  perform: (s: AppState) => void;
}
