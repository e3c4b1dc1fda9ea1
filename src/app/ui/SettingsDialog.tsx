import { BACKENDS, type BackendRequest } from '../../engine';
import { appActions, appStore } from '../../store/app';
import type { Settings } from '../../store/settings';
import { useApp } from '../../store/useApp';
import { Dialog } from '../../viz/Dialog';

export function SettingsDialog() {
  const open = useApp((s) => s.settingsOpen);
  const settings = useApp((s) => s.settings);
  const override = useApp((s) => s.backendOverride);
  return (
    <Dialog open={open} title="Settings" onClose={() => appStore.setState({ settingsOpen: false })}>
      <div className="form-grid">
        <label htmlFor="set-backend">TensorFlow.js backend</label>
        <select
          id="set-backend"
          value={settings.backend}
          onChange={(e) => appActions.updateSettings({ backend: e.target.value as BackendRequest })}
        >
          <option value="auto">Automatic (fastest for the model)</option>
          {BACKENDS.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
        <p className="hint">
          {override ? `The link asks for ${override}, which wins until you open a link without ?backend=. ` : ''}A
          running lesson restarts on the new backend.
        </p>
        <label htmlFor="set-motion">Animation</label>
        <select
          id="set-motion"
          value={settings.motion}
          onChange={(e) => appActions.updateSettings({ motion: e.target.value as Settings['motion'] })}
        >
          <option value="system">Follow the system setting</option>
          <option value="reduce">Reduce motion</option>
          <option value="full">Full animation</option>
        </select>
        <label htmlFor="set-theme">Colour theme</label>
        <select
          id="set-theme"
          value={settings.theme}
          onChange={(e) => appActions.updateSettings({ theme: e.target.value as Settings['theme'] })}
        >
          <option value="system">Follow the system setting</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
    </Dialog>
  );
}
