/**
 * A figure laid out as a 16:9 slide: an optional title at the top, the figure scaled to
 * fill the space between, and an optional caption with the experiment's settings at the
 * bottom. Pure arithmetic (unit-tested); src/viz/exportImage.ts draws it.
 */

/** The slide's size in pixels: 1080p, 16:9. */
export const SLIDE_W = 1920;
export const SLIDE_H = 1080;

/**
 * Smallest text of the figure, in slide pixels, with "presenter's large type": 16 px on a
 * 1280×720 projector is 24 px on a 1920×1080 slide.
 */
export const LARGE_TYPE_MIN = 24;

export interface SlideOptions {
  /** Drawn at the top; empty for none. */
  title: string;
  /** The settings caption's lines; empty for none. */
  caption: string[];
  /** Presenter's large type: bigger title and caption, and the figure's text at least LARGE_TYPE_MIN px. */
  large: boolean;
}

export interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight: number;
  lines: string[];
}

export interface SlideLayout {
  width: number;
  height: number;
  title: TextBlock | null;
  caption: TextBlock | null;
  /** Where the figure goes, and the scale from its CSS size. */
  figure: { x: number; y: number; w: number; h: number; scale: number };
}

/** Lay out a figure of `figW` × `figH` CSS pixels on the slide. */
export function slideLayout(figW: number, figH: number, opts: SlideOptions): SlideLayout {
  const pad = 56;
  const titleSize = opts.large ? 64 : 52;
  const capSize = opts.large ? 30 : 24;
  const capLine = Math.round(capSize * 1.35);
  let top = pad;
  let title: TextBlock | null = null;
  if (opts.title.trim()) {
    title = { x: pad, y: top + titleSize, size: titleSize, lineHeight: titleSize * 1.2, lines: [opts.title.trim()] };
    top += Math.round(titleSize * 1.2) + 28;
  }
  let bottom = SLIDE_H - pad;
  let caption: TextBlock | null = null;
  if (opts.caption.length) {
    const h = capLine * opts.caption.length;
    caption = { x: pad, y: bottom - h + capSize, size: capSize, lineHeight: capLine, lines: opts.caption };
    bottom -= h + 24;
  }
  const boxW = SLIDE_W - 2 * pad;
  const boxH = Math.max(1, bottom - top);
  const scale = Math.max(1e-3, Math.min(boxW / Math.max(1, figW), boxH / Math.max(1, figH)));
  const w = figW * scale;
  const h = figH * scale;
  return {
    width: SLIDE_W,
    height: SLIDE_H,
    title,
    caption,
    figure: { x: pad + (boxW - w) / 2, y: top + (boxH - h) / 2, w, h, scale },
  };
}

/**
 * The smallest font size (CSS px of the figure) that lands at `LARGE_TYPE_MIN` slide pixels
 * when the figure is drawn at `scale`; 0 when large type is off.
 */
export function minFontFor(scale: number, large: boolean): number {
  return large && scale > 0 ? LARGE_TYPE_MIN / scale : 0;
}

/** Words packed into lines of at most `max` characters (a longer word gets a line of its own, cut with "…"). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length > max ? `${word.slice(0, Math.max(1, max - 1))}…` : word;
    if (line && line.length + 1 + w.length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The settings caption of a slide, from the experiment header (experimentHeaderOf): the
 * lesson and its seed on the first line, then the settings, at most `maxLines` lines of
 * `maxChars` characters (the last one ends in "…" when the settings do not fit).
 */
export function settingsCaption(
  header: Record<string, string>,
  lessonTitle: string | null,
  maxChars = 110,
  maxLines = 3,
): string[] {
  const seed = header.seed && /^\d/.test(header.seed) ? ` · seed ${header.seed}` : '';
  const first = `${lessonTitle ?? header.lesson ?? ''}${seed}`.trim();
  const settings =
    header.settings && header.settings !== 'none'
      ? header.settings
          .split('&')
          .filter((s) => !s.startsWith('seed='))
          .join(', ')
      : '';
  const rest = settings ? wrapWords(`Settings: ${settings}`, maxChars) : [];
  const lines = [first, ...rest].filter(Boolean);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).replace(/[,\s]+$/, '')}…`;
  return kept;
}
