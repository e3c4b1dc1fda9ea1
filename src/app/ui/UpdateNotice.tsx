import { useStore } from 'zustand';
import { applyUpdate, updateStore } from '../sw-register';

/** "A new version is available" once a new deployment has been downloaded in the background. */
export function UpdateNotice() {
  const waiting = useStore(updateStore, (s) => s.waiting);
  if (!waiting) return null;
  return (
    <div className="notices" role="region" aria-label="Update">
      <div className="notice notice-info" role="status" data-testid="update-notice">
        <div>
          <strong>A new version of Hidden Layers is available.</strong> Reload to use it (a running lesson restarts).
        </div>
        <button type="button" onClick={applyUpdate}>
          Reload
        </button>
      </div>
    </div>
  );
}
