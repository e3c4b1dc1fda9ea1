import { appActions } from '../../store/app';
import { useApp } from '../../store/useApp';

/** App-wide notices: fixed-up URL values, reset settings, backend fallbacks. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${n.id}`}
        >
          <div>
            <strong>{n.title}.</strong>
            {n.lines.length === 1 ? (
              <> {n.lines[0]}</>
            ) : (
              <ul>
                {n.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="notice-close"
            aria-label={`Dismiss: ${n.title}`}
            onClick={() => appActions.dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
