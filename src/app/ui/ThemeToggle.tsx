import { appActions } from '../../store/app';
import { useTheme } from '../../store/theme';

/**
 * The top bar's theme switch: pressed while the dark theme is in force. Pressing it picks
 * the other theme outright (over the system's); Settings can hand the choice back to the system.
 * Its visible label is short ("Dark") so the top bar still fits a phone.
 */
export function ThemeToggle() {
  const dark = useTheme() === 'dark';
  return (
    <button
      type="button"
      className="tool"
      aria-pressed={dark}
      aria-label="Dark theme"
      onClick={() => appActions.updateSettings({ theme: dark ? 'light' : 'dark' })}
      title={dark ? 'Dark theme is on: press for the light theme' : 'Light theme is on: press for the dark theme'}
    >
      <span aria-hidden="true">◐</span> Dark
    </button>
  );
}
