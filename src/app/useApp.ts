import { useStore } from 'zustand';
import { appStore, type AppState } from '../store/app';

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
