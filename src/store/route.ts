/**
 * Hash routes: `#/` (home), `#/lessons/<slug>?<lesson params>`, `#/notes` (the
 * presenter's speaker notes, in a second window). App-wide flags
 * (`backend`, `present`) may sit in the page's query string or in the hash's.
 */
export type Route =
  | { page: 'home'; query: URLSearchParams }
  | { page: 'lesson'; slug: string; query: URLSearchParams }
  | { page: 'notes'; query: URLSearchParams }
  | { page: 'notFound'; path: string; query: URLSearchParams };

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const qi = h.indexOf('?');
  const path = decodeURIComponentSafe(qi >= 0 ? h.slice(0, qi) : h);
  const query = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : '');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'home', query };
  if (parts[0] === 'lessons' && parts.length === 2) return { page: 'lesson', slug: parts[1], query };
  if (parts[0] === 'notes' && parts.length === 1) return { page: 'notes', query };
  return { page: 'notFound', path, query };
}

export function lessonHref(slug: string, query?: URLSearchParams): string {
  const q = query?.toString();
  return `#/lessons/${slug}${q ? `?${q}` : ''}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** An app-wide flag from the hash query first, then the page query. */
export function appFlag(name: string, route: Route, search: string): string | null {
  return route.query.get(name) ?? new URLSearchParams(search).get(name);
}
