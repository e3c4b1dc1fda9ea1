/**
 * One "Export" menu per view: Download SVG / PNG, a 16:9 slide (title, settings caption,
 * large type: SlideDialog), CSV where the view has a run history, and "Copy link to this
 * experiment" with a visible confirmation. A menu
 * button (WAI-ARIA pattern): Enter, Space or ↓ opens it on the first item, ↑/↓ move,
 * Esc closes it and returns focus to the button. Keys used here never reach the app's
 * shortcuts.
 */
import { type RefObject, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useFleetingStatus } from './useFleetingStatus';
import { EnlargeButton } from './EnlargeButton';
import { parseHash } from '../store/route';
import { copyText, download, experimentHeaderOf, exportFileName, historyCsv, serializeSvg } from './export';
import { drawableOf, drawablePng, slidePng, type ExportSource } from './exportImage';
import { SlideDialog, slideCaption } from './SlideDialog';
import type { SlideOptions } from './slide';
import { currentExperiment } from '../store/lessonParams';

export type { ExportSource } from './exportImage';

/** Where the numbers came from: the lesson, and the seed and settings its run uses (the link's values as parsed). */
export function experimentHeader(): Record<string, string> {
  const route = parseHash(location.hash);
  const exp = currentExperiment();
  const page = route.page === 'lesson' ? route.slug : route.page;
  return experimentHeaderOf(page, exp && exp.slug === page ? exp : null, location.href, new Date());
}

function currentSlug(): string | null {
  const route = parseHash(location.hash);
  return route.page === 'lesson' ? route.slug : null;
}

type Item = { label: string; run: () => Promise<string | void> };

const NOTHING = 'Nothing to export yet';

/** The menu's items for what this view can give (a download of nothing yet says so instead). */
function exportItems(source: ExportSource, name: (ext: string) => string, openSlide: () => void): Item[] {
  const items: Item[] = [];
  /** A download of what `get` returns, or `missing` while there is nothing yet. */
  const saving = <T,>(
    label: string,
    get: (() => T | null) | undefined,
    missing: string,
    save: (v: T) => Blob,
    ext: string,
  ) => {
    if (!get) return;
    items.push({
      label,
      run: async () => {
        const v = get();
        if (!v) return missing;
        download(save(v), name(ext));
      },
    });
  };
  saving(
    'Download SVG',
    source.svg,
    NOTHING,
    (el) => new Blob([serializeSvg(el, source.title, source.legend).text], { type: 'image/svg+xml' }),
    'svg',
  );
  if (source.svg || source.canvas || source.element) {
    items.push({
      label: 'Download PNG',
      run: async () => {
        const d = await drawableOf(source);
        if (!d) return NOTHING;
        download(await drawablePng(d), name('png'));
      },
    });
    items.push({
      label: 'Slide (16:9 PNG)…',
      run: async () => {
        openSlide();
        return '';
      },
    });
  }
  saving(
    'Download CSV',
    source.history,
    'No history recorded yet',
    (h) => new Blob([historyCsv(h.series, experimentHeader(), h.xName)], { type: 'text/csv' }),
    'csv',
  );
  items.push({
    label: 'Copy link to this experiment',
    run: async () => ((await copyText(location.href)) ? 'Link copied' : `Copy this link: ${location.href}`),
  });
  return items;
}

/** While the menu is open: focus its first item, and close it on a pointer press anywhere else. */
function useOpenMenu(
  open: boolean,
  setOpen: (o: boolean) => void,
  menu: RefObject<HTMLUListElement | null>,
  button: RefObject<HTMLButtonElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, setOpen, menu, button]);
}

/** ↑/↓/Home/End move between the items; Esc closes the menu (focus back on its button), Tab leaves it. */
function onMenuKey(e: KeyboardEvent, menu: HTMLUListElement | null, close: (focus?: boolean) => void): void {
  e.stopPropagation();
  const els = Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const i = els.indexOf(document.activeElement as HTMLElement);
  const to = (k: number) => els[(k + els.length) % els.length]?.focus();
  if (e.key === 'ArrowDown') to(i + 1);
  else if (e.key === 'ArrowUp') to(i - 1);
  else if (e.key === 'Home') to(0);
  else if (e.key === 'End') to(els.length - 1);
  else if (e.key === 'Escape' || e.key === 'Tab') {
    if (e.key === 'Escape') e.preventDefault();
    close(e.key === 'Escape');
    return;
  } else return;
  e.preventDefault();
}

export function ExportMenu({ source, className }: { source: ExportSource; className?: string }) {
  const [open, setOpen] = useState(false);
  const [slide, setSlideState] = useState<{ caption: string[] } | null>(null);
  // The slide dialog is mounted once first asked for, then kept (its <dialog> restores focus when it closes).
  const [slideUsed, setSlideUsed] = useState(false);
  const setSlide = (v: { caption: string[] } | null) => {
    if (v) setSlideUsed(true);
    setSlideState(v);
  };
  const [status, setStatus] = useFleetingStatus();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const name = (ext: string) => exportFileName(currentSlug(), source.title, ext);
  const items = exportItems(source, name, () => setSlide({ caption: slideCaption(experimentHeader()) }));
  useOpenMenu(open, setOpen, menu, button);

  const close = (focus = true) => {
    setOpen(false);
    if (focus) button.current?.focus();
  };
  const choose = async (it: Item) => {
    close();
    try {
      const said = await it.run();
      if (said !== '') setStatus(said || `${it.label.replace('Download', 'Downloaded')}`);
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const exportSlide = async (opts: SlideOptions) => {
    setSlide(null);
    try {
      const png = await slidePng(source, opts);
      if (!png) return setStatus(NOTHING);
      download(png, name('slide.png'));
      setStatus('Downloaded slide');
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className={`export ${className ?? ''}`}>
      <EnlargeButton title={source.title} />
      <button
        ref={button}
        type="button"
        className="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={`Export: ${source.title}`}
        title="Export this view"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(true);
          } else if (e.key === 'Escape' && open) {
            e.stopPropagation();
            close();
          }
        }}
      >
        Export
      </button>
      {open && (
        <ul
          ref={menu}
          id={id}
          role="menu"
          className="export-menu"
          aria-label={`Export: ${source.title}`}
          onKeyDown={(e) => onMenuKey(e, menu.current, close)}
        >
          {items.map((it) => (
            <li key={it.label} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void choose(it)}>
                {it.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="export-status" role="status">
        {status}
      </span>
      {slideUsed && (
        <SlideDialog
          open={slide !== null}
          defaultTitle={source.title}
          caption={slide?.caption ?? []}
          onClose={() => setSlide(null)}
          onExport={(o) => void exportSlide(o)}
        />
      )}
    </div>
  );
}
