import { appActions } from '../../store/app';
import type { Action } from './types';

/** F: the whole page full screen, and back. A browser may refuse (no permission, an iframe): the notice says so. */
export const toggleFullscreen: Action = {
  id: 'toggleFullscreen',
  label: 'Full screen on / off',
  keys: ['f'],
  display: 'F',
  perform: () => {
    const refused = (e: unknown) =>
      appActions.notify({
        id: 'fullscreen',
        kind: 'warning',
        title: 'Full screen refused',
        lines: [
          `The browser did not allow full screen${e instanceof Error && e.message ? ` (${e.message})` : ''}. Its own full-screen key (often F11) may still work.`,
        ],
      });
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(refused);
      return;
    }
    if (!document.fullscreenEnabled || typeof document.documentElement.requestFullscreen !== 'function')
      return refused(null);
    appActions.dismiss('fullscreen');
    void document.documentElement.requestFullscreen().catch(refused);
  },
};
