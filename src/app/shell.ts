/**
 * Framework-free wiring of the shell: hash routing, app-wide URL flags, keyboard
 * shortcuts, reduced motion and presenter mode on the <html> element.
 */
import { appActions, appStore } from '../store/app';
import { appFlag, parseHash } from '../store/route';
import { parseBackendFlag } from '../store/settings';
import { actionForKey } from './actions';
import type { Fault } from '../engine/protocol';

function readUrl(): void {
  const route = parseHash(location.hash);
  const present = appFlag('present', route, location.search);
  const backendFlag = parseBackendFlag(appFlag('backend', route, location.search));
  const faults = (appFlag('fault', route, location.search) ?? '').split(',').filter((f): f is Fault => f === 'backend' || f === 'lose');
  appStore.setState({ route, backendOverride: backendFlag.backend ?? null, faults });
  if (present !== null) appActions.setPresenter(/^(1|true|yes|on)$/i.test(present));
  if (backendFlag.problem) appActions.notify({ id: 'backend-flag', kind: 'warning', title: 'Unknown backend in the link', lines: [backendFlag.problem] });
}

function applyHtmlFlags(): void {
  const s = appStore.getState();
  const systemReduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reduce = s.settings.motion === 'reduce' || (s.settings.motion === 'system' && systemReduce);
  document.documentElement.dataset.motion = reduce ? 'reduce' : 'full';
  document.documentElement.classList.toggle('presenter', s.presenter);
}

let started = false;
export function startShell(): void {
  if (started) return;
  started = true;
  readUrl();
  applyHtmlFlags();
  let lastPath = location.hash.split('?')[0];
  window.addEventListener('hashchange', () => {
    readUrl();
    const path = location.hash.split('?')[0];
    if (path !== lastPath) window.scrollTo(0, 0);
    lastPath = path;
  });
  appStore.subscribe(applyHtmlFlags);
  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', applyHtmlFlags);
  window.addEventListener('keydown', (e) => {
    const action = actionForKey(e, appStore.getState());
    if (!action) return;
    e.preventDefault();
    // Space reached an action although a control has focus: that control is off screen.
    // Let go of it, so that its own click cannot follow on key-up.
    if (e.key === ' ' && e.target instanceof HTMLElement && e.target.closest('button, input, select, a, [role="slider"]')) e.target.blur();
    action.perform(appStore.getState());
  });
}
