/**
 * WCAG 2 contrast between two colours (the ratio axe checks text against), for choosing
 * and testing the palettes of both themes. Colours are #rgb, #rrggbb or rgb()/rgba() text;
 * an alpha, where given, is laid over `under` (white unless said otherwise).
 */

export type Rgb = [number, number, number];

export function parseColor(c: string, under: Rgb = [255, 255, 255]): Rgb {
  const s = c.trim().toLowerCase();
  let rgb: Rgb;
  let alpha = 1;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  } else if (fn) {
    rgb = [+fn[1]!, +fn[2]!, +fn[3]!];
    if (fn[4] !== undefined) alpha = +fn[4];
  } else {
    throw new Error(`Not a colour: ${c}`);
  }
  return rgb.map((v, i) => alpha * v + (1 - alpha) * under[i]!) as Rgb;
}

/** Relative luminance (WCAG 2), 0 for black to 1 for white. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of a colour on a background, from 1 (the same) to 21 (black on white); an alpha in `fg` is laid over `bg`. */
export function contrastRatio(fg: string, bg: string): number {
  const back = parseColor(bg);
  const la = luminance(parseColor(fg, back));
  const lb = luminance(back);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}
