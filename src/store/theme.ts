/**
 * The colour theme in force: the settings' choice, or the system's when that choice is
 * 'system'. The shell writes it on <html data-theme> (the CSS custom properties follow
 * it) and here, so canvases, which cannot use CSS variables, know when to redraw.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Settings } from './settings';

export type ThemeName = 'light' | 'dark';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(choice: Settings['theme'], systemDark: boolean): ThemeName {
  if (choice === 'light' || choice === 'dark') return choice;
  return systemDark ? 'dark' : 'light';
}

export const themeStore = createStore<{ theme: ThemeName }>(() => ({ theme: 'light' }));

/** The theme in force; a component that paints a canvas lists it among its effect's dependencies. */
export function useTheme(): ThemeName {
  return useStore(themeStore, (s) => s.theme);
}
