/**
 * URL ⇄ lesson parameters. The URL is the single source of truth: reading parses it
 * through the lesson's property table (clamping and noting bad values), writing
 * replaces the hash query so a copied link reopens the same experiment.
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { appActions, appStore } from './app';
import { formatValue, type ParamTable, type ParamValues, parseParams, serializeParams } from './params';
import { lessonHref, parseHash } from './route';

/** Flags that belong to the app, not the lesson: keep them when rewriting the URL. */
const APP_FLAGS = ['backend', 'present', 'fault', 'beat'];

/** The lesson on screen and the parameter values it runs with (parsed from the link), for exports. */
export interface Experiment {
  slug: string;
  table: ParamTable;
  values: Record<string, unknown>;
  /** A value as it would stand in a link. */
  format: (key: string) => string;
}
let experiment: Experiment | null = null;

/** The experiment on screen, or null outside a lesson. */
export function currentExperiment(): Experiment | null {
  return experiment;
}

/** `q` with the app flags of `current` added. */
function withAppFlags(q: URLSearchParams, current: URLSearchParams): URLSearchParams {
  for (const f of APP_FLAGS) {
    const v = current.get(f);
    if (v !== null) q.set(f, v);
  }
  return q;
}

export function useLessonParams<T extends ParamTable>(
  slug: string,
  table: T,
): [ParamValues<T>, (patch: Partial<ParamValues<T>>) => void] {
  const query = useStore(appStore, (s) => (s.route.page === 'lesson' ? s.route.query.toString() : ''));
  const parsed = useMemo(() => parseParams(table, new URLSearchParams(query)), [table, query]);

  useEffect(() => {
    if (!parsed.problems.length) return;
    appActions.notify({
      id: `params-${slug}`,
      kind: 'warning',
      title: 'Some settings in the link were invalid and were replaced',
      lines: parsed.problems,
    });
    // The notice has said what was replaced: now the address bar holds the values in use, so a
    // reload does not bring the notice back and a copied link hands on the repaired experiment.
    const route = parseHash(location.hash);
    if (route.page !== 'lesson' || route.slug !== slug) return;
    history.replaceState(
      history.state,
      '',
      lessonHref(slug, withAppFlags(serializeParams(table, parsed.values), route.query)),
    );
    appStore.setState({ route: parseHash(location.hash) });
  }, [parsed, slug, table]);

  useEffect(() => {
    const values = parsed.values as Record<string, unknown>;
    const mine: Experiment = { slug, table, values, format: (k) => (table[k] ? formatValue(table[k], values[k]) : '') };
    experiment = mine;
    return () => {
      if (experiment === mine) experiment = null;
    };
  }, [parsed, slug, table]);

  const set = (patch: Partial<ParamValues<T>>) => {
    const next = { ...parsed.values, ...patch } as ParamValues<T>;
    history.replaceState(
      null,
      '',
      lessonHref(slug, withAppFlags(serializeParams(table, next), new URLSearchParams(query))),
    );
    appStore.setState({ route: parseHash(location.hash) });
  };
  return [parsed.values, set];
}

/**
 * Divide learning-rate parameters by ten (two significant digits, not below their
 * minimum) — the remedy a divergence notice offers. Returns false if none could go lower.
 */
export function lowerParam<T extends ParamTable>(
  values: ParamValues<T>,
  set: (patch: Partial<ParamValues<T>>) => void,
  table: T,
  ...keys: (keyof T & string)[]
): boolean {
  const patch: Record<string, number> = {};
  for (const k of keys) {
    const def = table[k];
    const v = values[k] as unknown as number;
    if (!def || (def.kind !== 'number' && def.kind !== 'int')) continue;
    const next = Math.max(def.min, Number((v / 10).toPrecision(2)));
    if (next !== v) patch[k] = next;
  }
  if (!Object.keys(patch).length) return false;
  set(patch as Partial<ParamValues<T>>);
  return true;
}
