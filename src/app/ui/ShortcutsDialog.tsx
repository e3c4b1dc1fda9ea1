import { appStore } from '../../store/app';
import { ACTIONS } from '../actions';
import { useApp } from '../../store/useApp';
import { Dialog } from '../../viz/Dialog';

export function ShortcutsDialog() {
  const open = useApp((s) => s.shortcutsOpen);
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={() => appStore.setState({ shortcutsOpen: false })}>
      <table className="shortcuts">
        <tbody>
          {ACTIONS.map((a) => (
            <tr key={a.id}>
              <td>
                <kbd>{a.display}</kbd>
              </td>
              <td>{a.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Tab</kbd>
            </td>
            <td>Move between controls; sliders move with the arrow keys</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
