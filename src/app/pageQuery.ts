/**
 * The page's own query string (`?backend=`, `?present=1`) is also read by TensorFlow.js,
 * which decodes it with decodeURIComponent for its debug flags when it is first imported
 * and throws on a stray `%` ("URI malformed"), failing the lesson that imported it. So the
 * query is repaired before anything loads TensorFlow.js: a malformed one is rewritten in
 * its lenient (URLSearchParams) reading, and `tfjsflags`, which tfjs would parse (and may
 * throw on), is dropped. Valid queries are left exactly as they are.
 */
import { show } from '../store/params';

/** TensorFlow.js reads this key from the page query (tfjs-core environment.ts). */
const TFJS_FLAGS = 'tfjsflags';

/** The decoded text, or null where decodeURIComponent throws. (The result is used, so a
 * minifier that thinks decodeURIComponent pure cannot drop the call, as it did a bare one.) */
function tryDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** A page query (`location.search`) made safe for TensorFlow.js, and why it changed. */
export function repairQuery(search: string): { search: string; problems: string[] } {
  const problems: string[] = [];
  // The same split as tfjs-core's getQueryParams: every piece must decode.
  const bad: string[] = [];
  search.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g, (whole: string, name: string, value: string | undefined) => {
    if (tryDecode(name) === null || tryDecode(value ?? '') === null) bad.push(whole.replace(/^[?&]/, ''));
    return whole;
  });
  const params = new URLSearchParams(search);
  if (bad.length) {
    problems.push(
      `${bad.slice(0, 3).map(show).join(', ')} ${bad.length === 1 ? 'has' : 'have'} a “%” that is not a valid escape; read as plain text`,
    );
  }
  if (params.has(TFJS_FLAGS)) {
    problems.push(`${TFJS_FLAGS} (TensorFlow.js debug flags) is not supported in lesson links; ignored`);
    params.delete(TFJS_FLAGS);
  }
  if (!problems.length) return { search, problems };
  const q = params.toString();
  return { search: q ? `?${q}` : '', problems };
}

/** Problems found in the page query at boot, for the shell's notice. */
export let pageQueryProblems: string[] = [];

/** Repairs `location.search` in place (history.replaceState, no reload). Runs once at boot. */
export function repairLocationQuery(): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const { search, problems } = repairQuery(location.search);
  if (!problems.length) return;
  pageQueryProblems = problems;
  try {
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  } catch {
    /* a sandboxed frame may refuse; tfjs would then still see the old query */
  }
}

// Side effect on import: main.tsx imports this module first, before any chunk can load tfjs.
repairLocationQuery();
