/**
 * Figures as pictures: a view's <svg>, its canvas, or a whole figure made of several
 * canvases, svgs and HTML labels (a grid of kernels, feature maps, a confusion table)
 * becomes a Drawable, which is then saved as a PNG at PNG_SCALE × its CSS size or laid out
 * on a 16:9 slide with a title and the experiment's settings (slide.ts does the layout).
 */
import { PNG_SCALE, serializeSvg, type CsvSeries, type LegendEntry } from './export';
import { minFontFor, slideLayout, type SlideOptions, type TextBlock } from './slide';

export interface ExportSource {
  /** The view's title: the file name and the SVG's <title>. */
  title: string;
  /** The chart's <svg> (Download SVG and a PNG drawn from it). */
  svg?: () => SVGSVGElement | null;
  /** The legend, redrawn under the exported chart. */
  legend?: LegendEntry[];
  /** A canvas view (Download PNG only). */
  canvas?: () => HTMLCanvasElement | null;
  /** Smooth the canvas when scaling up (false keeps pixels square). */
  smooth?: boolean;
  /** A figure of several parts: its canvases, svgs, backgrounds and text composed into one picture. */
  element?: () => HTMLElement | null;
  /** The run history, when the view has one (Download CSV). */
  history?: () => { series: CsvSeries[]; xName?: string } | null;
}

/** Something of a known CSS size that can draw itself at (x, y) at any scale. */
export interface Drawable {
  width: number;
  height: number;
  draw(ctx: CanvasRenderingContext2D, x: number, y: number, scale: number): void;
}

const INK = '#1d1e22';

async function svgImage(text: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function svgDrawable(
  svg: SVGSVGElement,
  title: string,
  legend: LegendEntry[] | undefined,
  minFont: number,
): Promise<Drawable> {
  const s = serializeSvg(svg, title, legend, { minFont });
  const img = await svgImage(s.text);
  return {
    width: s.width,
    height: s.height,
    draw: (ctx, x, y, k) => ctx.drawImage(img, x, y, s.width * k, s.height * k),
  };
}

function canvasDrawable(c: HTMLCanvasElement, smooth: boolean): Drawable {
  const r = c.getBoundingClientRect();
  const width = Math.round(r.width) || c.width;
  const height = Math.round(r.height) || c.height;
  return {
    width,
    height,
    draw: (ctx, x, y, k) => {
      ctx.imageSmoothingEnabled = smooth;
      ctx.drawImage(c, x, y, width * k, height * k);
      ctx.imageSmoothingEnabled = true;
    },
  };
}

type Op = (ctx: CanvasRenderingContext2D, x: number, y: number, k: number) => void;

function transparent(color: string): boolean {
  return !color || color === 'transparent' || /^rgba\(.*,\s*0(\.0+)?\)$/.test(color);
}

/**
 * A figure made of parts, composed as the page shows it: element backgrounds, canvases,
 * svgs (serialized, so their text stays sharp) and each word of its HTML text, at their
 * positions inside `root`. Controls, screen-reader-only text and nested export menus are left out.
 */
async function elementDrawable(root: HTMLElement, minFont: number): Promise<Drawable> {
  // The figure below its header row (the export menu is not part of the picture).
  const head = root.querySelector(':scope > .export-head');
  const full = root.getBoundingClientRect();
  const top = head ? head.getBoundingClientRect().bottom : full.top;
  const R = new DOMRect(full.left, top, full.width, full.bottom - top);
  const ops: (Op | Promise<Op>)[] = [];
  const at = (r: DOMRect) => ({ left: r.left - R.left, top: r.top - R.top });
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) return;
      const cs = getComputedStyle(parent);
      const size = Math.max(parseFloat(cs.fontSize) || 12, minFont);
      const range = document.createRange();
      for (const m of node.textContent.matchAll(/\S+/g)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const r = range.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) continue;
        const p = at(r);
        const word = m[0];
        ops.push((ctx, x, y, k) => {
          ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${size * k}px ${cs.fontFamily}`;
          ctx.fillStyle = cs.color || INK;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.fillText(word, x + (p.left + r.width / 2) * k, y + (p.top + r.height / 2) * k);
        });
      }
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.matches('.export-head, .export, .sr-only, button, input, select, textarea')) return;
    const cs = getComputedStyle(node);
    if (cs.display === 'none' || cs.visibility === 'hidden') return;
    const r = node.getBoundingClientRect();
    const p = at(r);
    // A box of no size (display: contents, say) may still hold visible children.
    if (r.width >= 1 && r.height >= 1 && !transparent(cs.backgroundColor)) {
      const bg = cs.backgroundColor;
      ops.push((ctx, x, y, k) => {
        ctx.fillStyle = bg;
        ctx.fillRect(x + p.left * k, y + p.top * k, r.width * k, r.height * k);
      });
    }
    if (node instanceof HTMLCanvasElement) {
      if (r.width < 1 || r.height < 1) return;
      const d = canvasDrawable(node, false);
      ops.push((ctx, x, y, k) => d.draw(ctx, x + p.left * k, y + p.top * k, k));
      return;
    }
    if (node instanceof SVGSVGElement) {
      if (r.width < 1 || r.height < 1) return;
      const s = serializeSvg(node, '', [], { minFont, background: false });
      ops.push(
        svgImage(s.text).then(
          (img) => (ctx, x, y, k) =>
            ctx.drawImage(img, x + (p.left + s.x0) * k, y + (p.top + s.y0) * k, s.width * k, s.height * k),
        ),
      );
      return;
    }
    node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  const ready = await Promise.all(ops);
  return {
    width: Math.ceil(R.width),
    height: Math.ceil(R.height),
    draw: (ctx, x, y, k) => {
      for (const op of ready) op(ctx, x, y, k);
    },
  };
}

/** The source's picture (its svg, else its canvas, else its composed element), or null while there is nothing yet. */
export async function drawableOf(source: ExportSource, minFont = 0): Promise<Drawable | null> {
  const svg = source.svg?.();
  if (svg) return svgDrawable(svg, source.title, source.legend, minFont);
  const c = source.canvas?.();
  if (c) return canvasDrawable(c, source.smooth ?? false);
  const el = source.element?.();
  if (el) return elementDrawable(el, minFont);
  return null;
}

function blobOf(c: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be encoded'))), 'image/png'),
  );
}

function canvasOf(w: number, h: number): { c: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  return { c, ctx };
}

/** The picture as a PNG at PNG_SCALE × its CSS size, on white. */
export function drawablePng(d: Drawable): Promise<Blob> {
  const { c, ctx } = canvasOf(Math.round(d.width * PNG_SCALE), Math.round(d.height * PNG_SCALE));
  d.draw(ctx, 0, 0, PNG_SCALE);
  return blobOf(c);
}

function drawText(ctx: CanvasRenderingContext2D, t: TextBlock, weight: number, color: string, maxW: number): void {
  ctx.fillStyle = color;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  t.lines.forEach((line, i) => {
    ctx.font = `${weight} ${t.size}px sans-serif`;
    const w = ctx.measureText(line).width;
    // A line too long for the slide is drawn smaller rather than cut.
    if (w > maxW) ctx.font = `${weight} ${Math.floor((t.size * maxW) / w)}px sans-serif`;
    ctx.fillText(line, t.x, t.y + i * t.lineHeight);
  });
}

/**
 * The figure on a 16:9 slide (slide.ts's layout). With large type the figure is drawn a
 * second time with its text raised to what reads at LARGE_TYPE_MIN slide pixels at the
 * scale the first layout gave it.
 */
export async function slidePng(source: ExportSource, opts: SlideOptions): Promise<Blob | null> {
  let d = await drawableOf(source);
  if (!d) return null;
  let layout = slideLayout(d.width, d.height, opts);
  if (opts.large) {
    d = (await drawableOf(source, minFontFor(layout.figure.scale, true))) ?? d;
    layout = slideLayout(d.width, d.height, opts);
  }
  const { c, ctx } = canvasOf(layout.width, layout.height);
  d.draw(ctx, layout.figure.x, layout.figure.y, layout.figure.scale);
  const maxW = layout.width - 2 * (layout.title?.x ?? layout.caption?.x ?? 0);
  if (layout.title) drawText(ctx, layout.title, 700, INK, maxW);
  if (layout.caption) drawText(ctx, layout.caption, 400, '#4a4c55', maxW);
  return blobOf(c);
}
