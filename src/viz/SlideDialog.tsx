/**
 * "Slide (16:9 PNG)…": the options of a figure exported for a slide — a title (the view's
 * by default), a caption with the experiment's settings, and the presenter's large type —
 * in a modal dialog (native <dialog>: focus trapped and restored, Esc closes).
 */
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { findLesson } from '../store/course';
import { settingsCaption, type SlideOptions } from './slide';

/** The caption lines for the current experiment (header as in ExportMenu's experimentHeader()). */
export function slideCaption(header: Record<string, string>): string[] {
  return settingsCaption(header, findLesson(header.lesson ?? '')?.title ?? null);
}

export function SlideDialog({
  open,
  defaultTitle,
  caption,
  onClose,
  onExport,
}: {
  open: boolean;
  defaultTitle: string;
  /** The settings caption's lines, shown so the user sees what will be printed. */
  caption: string[];
  onClose: () => void;
  onExport: (opts: SlideOptions) => void;
}) {
  return (
    <Dialog open={open} title="Export as a slide" onClose={onClose}>
      <SlideForm defaultTitle={defaultTitle} caption={caption} onExport={onExport} />
    </Dialog>
  );
}

function SlideForm({
  defaultTitle,
  caption,
  onExport,
}: {
  defaultTitle: string;
  caption: string[];
  onExport: (opts: SlideOptions) => void;
}) {
  const [title, setTitle] = useState(defaultTitle);
  const [withCaption, setWithCaption] = useState(true);
  const [large, setLarge] = useState(true);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onExport({ title, caption: withCaption ? caption : [], large });
  };
  return (
    <form className="form-grid slide-form" onSubmit={submit}>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      <label className="check">
        <input type="checkbox" checked={withCaption} onChange={(e) => setWithCaption(e.target.checked)} /> Caption with
        the experiment’s settings
      </label>
      {withCaption && (
        <p className="hint" data-testid="slide-caption">
          {caption.join(' · ') || 'No settings to show.'}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} /> Presenter’s large type
        (figure text at least 16 px on a 1280×720 projector)
      </label>
      <p className="hint">A 1920×1080 PNG, 16:9.</p>
      <div>
        <button type="submit" className="button">
          Download slide
        </button>
      </div>
    </form>
  );
}
