import { useEffect } from 'react';
import { BeatBar } from './beats/BeatBar';
import { NotesPage } from './beats/NotesPage';
import { Home } from './Home';
import { LessonRoute } from './LessonRoute';
import { NotFound } from './NotFound';
import { BackendBadge } from './ui/BackendBadge';
import { Notices } from './ui/Notices';
import { UpdateNotice } from './ui/UpdateNotice';
import { SettingsDialog } from './ui/SettingsDialog';
import { ThemeToggle } from './ui/ThemeToggle';
import { ShortcutsDialog } from './ui/ShortcutsDialog';
import { useApp } from '../store/useApp';
import { appActions, appStore } from '../store/app';

export function App() {
  const route = useApp((s) => s.route);
  const presenter = useApp((s) => s.presenter);

  useEffect(() => {
    const title = route.page === 'lesson' ? document.querySelector('h1')?.textContent : null;
    if (title) document.title = `${title} — Hidden Layers`;
  });

  // The speaker notes window (opened by N in presenter mode) shows the notes alone.
  if (route.page === 'notes') {
    return (
      <main id="main" tabIndex={-1}>
        <NotesPage />
      </main>
    );
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar" role="banner">
        <a className="brand" href="#/" aria-label="Hidden Layers: course map">
          <span className="brand-mark" aria-hidden="true">
            ◧
          </span>{' '}
          Hidden Layers
        </a>
        <nav aria-label="Site" className="topnav">
          <a href="#/">Course map</a>
        </nav>
        <div className="topbar-tools">
          <BackendBadge />
          <button
            type="button"
            className="tool"
            onClick={() => appStore.setState({ shortcutsOpen: true })}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
          >
            ?
          </button>
          <ThemeToggle />
          <button type="button" className="tool" onClick={() => appStore.setState({ settingsOpen: true })}>
            Settings
          </button>
          <button
            type="button"
            className="tool"
            aria-pressed={presenter}
            onClick={() => appActions.setPresenter(!presenter)}
            title="Presenter mode (P)"
          >
            Presenter
          </button>
        </div>
      </header>
      <Notices />
      <UpdateNotice />
      <main id="main" tabIndex={-1}>
        {route.page === 'home' && <Home />}
        {route.page === 'lesson' && <LessonRoute slug={route.slug} />}
        {route.page === 'notFound' && <NotFound what={route.path} />}
      </main>
      <footer className="footer">
        <p>
          Hidden Layers trains real TensorFlow.js networks in your browser. Nothing leaves your machine. Press{' '}
          <kbd>?</kbd> for keyboard shortcuts.
        </p>
      </footer>
      {presenter && (
        <button
          type="button"
          className="exit-presenter"
          onClick={() => appActions.setPresenter(false)}
          title="Leave presenter mode (Esc or P)"
        >
          Exit presenter
        </button>
      )}
      {route.page === 'lesson' && <BeatBar slug={route.slug} />}
      <ShortcutsDialog />
      <SettingsDialog />
    </>
  );
}
