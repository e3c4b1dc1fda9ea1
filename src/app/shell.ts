/**
 * Framework-free wiring of the shell: hash routing, app-wide URL flags, keyboard
 * shortcuts, reduced motion, the colour theme and presenter mode on the <html> element.
 */
import { appActions, appStore } from '../store/app';
import { appFlag, parseHash } from '../store/route';
import { parseBackendFlag } from '../store/settings';
import { DARK_QUERY, resolveTheme, themeStore } from '../store/theme';
import { actionForKey } from './actions';
import { trackHover } from '../store/enlarge';
import { FAULTS, type Fault } from '../engine';
import { hasBidi, invisibleProblem, show } from '../store/params';
import { pageQueryProblems } from './pageQuery';

function readUrl(): void {
  const route = parseHash(location.hash);
  const present = appFlag('present', route, location.search);
  const backendFlag = parseBackendFlag(appFlag('backend', route, location.search));
  const faultFlag = appFlag('fault', route, location.search);
  const faults = (faultFlag ?? '').split(',').filter((f): f is Fault => (FAULTS as readonly string[]).includes(f));
  appStore.setState({ route, backendOverride: backendFlag.backend ?? null, faults });
  /** Flags that cannot be read: once their notice is up, they leave the URL (below). */
  const unreadable: string[] = [];
  if (present !== null) {
    const on = /^(1|true|yes|on)$/i.test(present.trim());
    appActions.setPresenter(on);
    if (!on && !/^(0|false|no|off)$/i.test(present.trim())) {
      const why = hasBidi(present)
        ? invisibleProblem(present, 'presenter mode stays off')
        : `${show(present)} is not true or false; presenter mode stays off`;
      appActions.notify({
        id: 'present-flag',
        kind: 'warning',
        title: 'Presenter flag in the link not understood',
        lines: [`present: ${why}`],
      });
      unreadable.push('present');
    }
  }
  if (backendFlag.problem) {
    appActions.notify({
      id: 'backend-flag',
      kind: 'warning',
      title: 'Unknown backend in the link',
      lines: [backendFlag.problem],
    });
    unreadable.push('backend');
  }
  // Test-only fault injection: unknown names are ignored, and left out of the URL.
  if (faultFlag !== null && faults.join(',') !== faultFlag)
    dropFlags({ fault: faults.length ? faults.join(',') : null });
  if (unreadable.length) dropFlags(Object.fromEntries(unreadable.map((f) => [f, null])));
}

/**
 * Rewrite app flags where the shell reads them (the hash query first, else the page query):
 * null takes a flag out, a string replaces its value. The page does not reload, and the
 * route is read again, so "Copy link to this experiment" hands on only what was understood.
 */
function dropFlags(flags: Record<string, string | null>): void {
  const search = new URLSearchParams(location.search);
  const route = parseHash(location.hash);
  let changed = false;
  for (const [name, value] of Object.entries(flags)) {
    const where = route.query.has(name) ? route.query : search.has(name) ? search : null;
    if (!where) continue;
    if (value === null) where.delete(name);
    else where.set(name, value);
    changed = true;
  }
  if (!changed) return;
  const q = route.query.toString();
  const hash = location.hash ? `${location.hash.split('?')[0]}${q ? `?${q}` : ''}` : '';
  try {
    history.replaceState(history.state, '', `${location.pathname}${search.size ? `?${search.toString()}` : ''}${hash}`);
  } catch {
    return; /* a sandboxed frame may refuse: the flags then stay in the URL */
  }
  appStore.setState({ route: parseHash(location.hash) });
}

function applyHtmlFlags(): void {
  const s = appStore.getState();
  const systemReduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reduce = s.settings.motion === 'reduce' || (s.settings.motion === 'system' && systemReduce);
  document.documentElement.dataset.motion = reduce ? 'reduce' : 'full';
  document.documentElement.classList.toggle('presenter', s.presenter);
  const theme = resolveTheme(s.settings.theme, matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = theme;
  if (themeStore.getState().theme !== theme) themeStore.setState({ theme });
}

/**
 * Presenter mode ended: take `present` out of the page and hash queries, so a reload
 * does not re-enter it. (Entering leaves the URL alone; `?present=1` links still work.)
 */
function dropPresentFlag(): void {
  const search = new URLSearchParams(location.search);
  const route = parseHash(location.hash);
  if (!search.has('present') && !route.query.has('present')) return;
  let pageQuery = location.search;
  if (search.has('present')) {
    search.delete('present');
    pageQuery = search.size ? `?${search.toString()}` : '';
  }
  let hash = location.hash;
  if (route.query.has('present')) {
    route.query.delete('present');
    const q = route.query.toString();
    hash = `${hash.split('?')[0]}${q ? `?${q}` : ''}`;
  }
  history.replaceState(history.state, '', `${location.pathname}${pageQuery}${hash}`);
  appStore.setState({ route: parseHash(location.hash) });
}

let started = false;
export function startShell(): void {
  if (started) return;
  started = true;
  if (pageQueryProblems.length)
    appActions.notify({ id: 'page-query', kind: 'warning', title: 'Link repaired', lines: pageQueryProblems });
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
  appStore.subscribe((s, prev) => {
    if (prev.presenter && !s.presenter) dropPresentFlag();
  });
  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', applyHtmlFlags);
  matchMedia(DARK_QUERY).addEventListener('change', applyHtmlFlags);
  // E enlarges the figure under the pointer when none has focus.
  window.addEventListener('pointerover', (e) => trackHover(e.target), { passive: true });
  window.addEventListener('keydown', (e) => {
    const action = actionForKey(e, appStore.getState());
    if (!action) return;
    e.preventDefault();
    // Space reached an action although a control has focus: that control is off screen.
    // Let go of it, so that its own click cannot follow on key-up.
    if (
      e.key === ' ' &&
      e.target instanceof HTMLElement &&
      e.target.closest('button, input, select, a, [role="slider"]')
    )
      e.target.blur();
    action.perform(appStore.getState());
  });
}
