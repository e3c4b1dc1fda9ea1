/**
 * Export what you see: a chart's <svg> as a standalone SVG file (computed fonts and
 * colours inlined, so Inkscape and other browsers draw it as the page does), a run history
 * as CSV, and the experiment's link. PNGs and slides are drawn by exportImage.ts.
 *
 * The string builders (csv, file names, the legend's SVG) are pure and unit-tested; the
 * rest needs a DOM and is covered by the e2e export spec.
 *
 * Exports are for slides and papers: whichever theme is on screen, a figure is exported
 * on white in the light theme's colours (the styles are read with the light theme in force).
 */
import { lightColor } from './palette';

export interface CsvSeries {
  /** Distinguishes series that share a label (the column becomes "label (id)"). */
  id?: string;
  label: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  n: number;
}

export interface LegendEntry {
  label: string;
  color: string;
  dashed?: boolean;
}

/** PNG exports are drawn at this multiple of the view's CSS size (crisp on slides). */
export const PNG_SCALE = 2;

/** The properties copied from the computed style onto each exported element. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A CSV field. Numbers are written as numbers (a negative one, -0.5, stays a number; a
 * non-finite one is an empty cell). Text is always quoted, and text that a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * single quote, OWASP's rule against CSV injection: a link such as `?seed=1,=HYPERLINK(…)`
 * must not put a live formula into the file.
 */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The provenance lines of an exported run: the lesson, and the seed and settings the run
 * used, that is the link's values as parsed (clamped or replaced by defaults), never the
 * raw text of the link. `values` is null outside a lesson.
 */
export function experimentHeaderOf(
  page: string,
  lesson: {
    table: Record<string, { kind: string }>;
    values: Record<string, unknown>;
    format: (key: string) => string;
  } | null,
  href: string,
  now: Date,
): Record<string, string> {
  const keys = lesson ? Object.keys(lesson.table) : [];
  return {
    lesson: page,
    seed: !lesson ? 'none' : keys.includes('seed') ? lesson.format('seed') : 'none (this lesson has no seed setting)',
    settings: keys.map((k) => `${k}=${lesson!.format(k)}`).join('&') || 'none',
    link: href,
    exported: now.toISOString(),
  };
}

/**
 * One row per recorded step (the union of every series' x values, ascending), one column
 * per series; a series without a value at that step leaves its cell empty. Header lines
 * (one quoted cell each, starting with "#") name where the numbers came from.
 */
export function historyCsv(series: CsvSeries[], header: Record<string, string>, xName = 'step'): string {
  // One quoted cell per header line: a comma in a value cannot split it into cells.
  const lines = Object.entries(header).map(([k, v]) => csvField(`# ${k}: ${v.replace(/[\r\n]+/g, ' ')}`));
  const byX = new Map<number, (number | undefined)[]>();
  series.forEach((s, c) => {
    const n = Math.min(s.n, s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const x = s.x[i];
      if (!Number.isFinite(x)) continue;
      let row = byX.get(x);
      if (!row) byX.set(x, (row = new Array(series.length)));
      row[c] = s.y[i];
    }
  });
  const names = series.map((s) =>
    series.filter((t) => t.label === s.label).length > 1 && s.id ? `${s.label} (${s.id})` : s.label,
  );
  lines.push([xName, ...names].map(csvField).join(','));
  for (const x of [...byX.keys()].sort((a, b) => a - b)) {
    const row = byX.get(x)!;
    lines.push([x, ...series.map((_, c) => row[c] ?? NaN)].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** A safe, readable file name: lesson slug and the view's title, lower-case, dashes. */
export function exportFileName(slug: string | null, title: string, ext: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${[slug, words || 'view'].filter(Boolean).join('-')}.${ext}`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The HTML legend redrawn as SVG below the chart: one row, wrapping at the width. */
export function legendSvg(
  items: LegendEntry[],
  top: number,
  width: number,
  size = 12,
  left = 0,
): { markup: string; height: number } {
  if (!items.length) return { markup: '', height: 0 };
  const k = size / 12;
  let x = left + 8;
  let y = top + 14 * k;
  const parts: string[] = [];
  for (const it of items) {
    const w = (34 + it.label.length * 6.5 + 14) * k;
    if (x > left + 8 && x + w > width) {
      x = left + 8;
      y += 18 * k;
    }
    const color = escapeXml(lightColor(it.color));
    parts.push(
      `<line x1="${x}" y1="${y - 4 * k}" x2="${x + 26 * k}" y2="${y - 4 * k}" stroke="${color}" stroke-width="${2.5 * k}"${it.dashed ? ` stroke-dasharray="${5 * k} ${4 * k}"` : ''}/>`,
      `<text x="${x + 32 * k}" y="${y}" font-family="sans-serif" font-size="${size}" fill="#1d1e22">${escapeXml(it.label)}</text>`,
    );
    x += w;
  }
  return { markup: `<g class="export-legend">${parts.join('')}</g>`, height: y - top + 8 * k };
}

/** Copy the computed presentation styles of `src` (and its subtree) onto `dst`. */
function inlineStyles(src: Element, dst: Element, minFont = 0): void {
  const cs = getComputedStyle(src);
  const decl = STYLE_PROPS.map((p) => {
    let v = cs.getPropertyValue(p);
    if (p === 'font-size' && minFont > 0 && parseFloat(v) < minFont) v = `${minFont}px`;
    return v ? `${p}:${v}` : '';
  })
    .filter(Boolean)
    .join(';');
  if (decl) dst.setAttribute('style', decl);
  dst.removeAttribute('class');
  // A palette colour in an attribute (var(--c-blue, #0072b2)) means nothing outside the page: its light value.
  for (const a of Array.from(dst.attributes))
    if (a.value.includes('var(')) dst.setAttribute(a.name, lightColor(a.value));
  const a = src.children;
  const b = dst.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!, minFont);
}

/** The box the clone's drawing covers (its text enlarged may reach past its edges), in its own units. */
function drawnBox(clone: SVGSVGElement, width: number, height: number): { x: number; y: number; w: number; h: number } {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  host.appendChild(clone);
  document.body.appendChild(host);
  try {
    const b = clone.getBBox();
    const x = Math.floor(Math.min(0, b.x - 2));
    const y = Math.floor(Math.min(0, b.y - 2));
    return {
      x,
      y,
      w: Math.ceil(Math.max(width, b.x + b.width + 2) - x),
      h: Math.ceil(Math.max(height, b.y + b.height + 2) - y),
    };
  } finally {
    host.remove();
  }
}

/**
 * Run `read` with the light theme in force on <html> (the computed styles it reads are
 * the light theme's), then put the theme back. All within one task: nothing is painted between.
 */
function withLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  if (theme === undefined || theme === 'light') return read();
  root.dataset.theme = 'light';
  try {
    return read();
  } finally {
    root.dataset.theme = theme;
  }
}

/**
 * The chart as a standalone SVG document: white background, computed styles (of the light theme) inlined,
 * the legend (HTML on the page) drawn underneath. Returns the text, its size, and where
 * its top-left corner lies relative to the chart's (negative when enlarged text reaches
 * past the chart's left or top edge). `minFont` (CSS px) raises every smaller text to it,
 * the document growing to hold what then reaches past the chart's edges. `background: false`
 * leaves it transparent (one layer of a composed figure).
 */
export function serializeSvg(
  svg: SVGSVGElement,
  title: string,
  legend: LegendEntry[] = [],
  { minFont = 0, background = true }: { minFont?: number; background?: boolean } = {},
): { text: string; width: number; height: number; x0: number; y0: number } {
  // A viewBox svg sized by CSS is exported at the size it is drawn.
  const box0 = svg.getBoundingClientRect();
  const sized = svg.hasAttribute('width') && svg.hasAttribute('height') && !svg.hasAttribute('viewBox');
  const chartW = Math.round((sized && svg.width.baseVal.value) || box0.width);
  const chartH = Math.round((sized && svg.height.baseVal.value) || box0.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  withLightTheme(() => inlineStyles(svg, clone, minFont));
  clone.setAttribute('width', String(chartW));
  clone.setAttribute('height', String(chartH));
  clone.removeAttribute('role');
  clone.removeAttribute('aria-label');
  clone.style.removeProperty('overflow');
  const box = minFont > 0 ? drawnBox(clone, chartW, chartH) : { x: 0, y: 0, w: chartW, h: chartH };
  const leg = legendSvg(legend, box.y + box.h, box.x + box.w, Math.max(12, minFont), box.x);
  const width = box.w;
  const height = box.h + leg.height;
  const inner = new XMLSerializer().serializeToString(clone);
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="${box.x} ${box.y} ${width} ${height}" font-family="sans-serif">` +
    `<title>${escapeXml(title)}</title>` +
    (background ? `<rect x="${box.x}" y="${box.y}" width="${width}" height="${height}" fill="#ffffff"/>` : '') +
    inner.replace(/^<svg/, '<svg x="0" y="0" overflow="visible"') +
    leg.markup +
    `</svg>\n`;
  return { text, width, height, x0: box.x, y0: box.y };
}

/** Save a blob under a file name (an <a download> click; no server involved). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Put text on the clipboard; false when the browser refuses (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
