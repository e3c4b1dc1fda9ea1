import { useState } from 'react';
import { useApp } from '../../store/useApp';

/** Which tfjs backend trains the current lesson, and why; click for the reason. */
export function BackendBadge() {
  const backend = useApp((s) => s.backend);
  const [open, setOpen] = useState(false);
  if (backend.status === 'idle') return null;
  const name = backend.info?.name ?? (backend.status === 'starting' ? 'starting…' : 'none');
  const fallback = backend.info?.fallbackFrom;
  return (
    <div className="badge-wrap">
      <button
        type="button"
        className={`badge ${fallback ? 'badge-warn' : ''}`}
        aria-expanded={open}
        aria-controls="backend-why"
        onClick={() => setOpen(!open)}
        data-testid="backend-badge"
      >
        <span className="sr-only">TensorFlow.js backend: </span>
        <span aria-hidden="true">⚙ </span>
        {name}
        {backend.info?.threads && backend.info.threads > 1 ? ` ×${backend.info.threads}` : ''}
      </button>
      {open && (
        <div id="backend-why" className="popover" role="note">
          <p>
            <strong>Backend: {name}.</strong> {backend.info?.reason}
          </p>
          {fallback && (
            <p>
              {fallback.name} was tried first but {fallback.error}; fell back to {name}.
            </p>
          )}
          <p>
            Change it in Settings, or add <code>?backend=cpu</code> (or webgl, wasm, webgpu) to the link.
          </p>
        </div>
      )}
    </div>
  );
}
