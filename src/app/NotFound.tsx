import { CourseMap } from './Home';

/**
 * Characters never echoed from a link: C0 and C1 controls (NUL, BEL, ESC, DEL…), and the
 * invisible ones (soft hyphen, zero-width spaces and joiners, bidi marks and overrides, BOM).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are dropped
const UNSHOWABLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;

/** The path as it can be shown: unshowable characters dropped, cut at 80 characters. */
export function showablePath(what: string): string {
  const clean = what.replace(UNSHOWABLE, '');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

export function NotFound({ what }: { what: string }) {
  return (
    <div className="page not-found">
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at <code>{showablePath(what)}</code>. Perhaps the link was cut short. Here is the course map
        instead:
      </p>
      <CourseMap />
    </div>
  );
}
