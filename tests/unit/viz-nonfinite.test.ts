import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lossText, pct } from '../../src/math/format';
import { barHeight, BinnedHistogram, maxCount } from '../../src/viz/BinnedHistogram';
import { lutFor, lutIndex, maxAbs, MISSING_RGB, paintTile } from '../../src/viz/canvasImage';
import { NetworkDiagram } from '../../src/viz/NetworkDiagram';
import { argmax, barShare, ProbBars, probSummary, probText } from '../../src/viz/ProbBars';

/** No attribute of the markup holds NaN or Infinity, and no text says NaN. */
const clean = (html: string) => expect(html).not.toMatch(/NaN|Infinity/);

describe('readouts of a diverged run stay short', () => {
  it('lossText and pct say "> 10⁶" instead of printing 55 digits', () => {
    expect(lossText(4.65e54)).toBe('> 10⁶');
    expect(lossText(1e6)).toBe('> 10⁶');
    expect(lossText(999999)).toBe('999999');
    expect(lossText(Infinity)).toBe('∞');
    expect(lossText(NaN)).toBe('—');
    expect(lossText(0.1234)).toBe('0.123');
    expect(pct(4.65e52)).toBe('> 10⁶%');
    expect(pct(-4.65e52)).toBe('< −10⁶%');
    expect(pct(NaN)).toBe('—');
    expect(pct(Infinity)).toBe('—');
    expect(pct(0.456)).toBe('46%');
  });
});

describe('ProbBars: a diverged CNN draws "—", never NaN bars', () => {
  it('mapping', () => {
    expect(argmax([NaN, 0.2, NaN, 0.5])).toBe(3);
    expect(argmax([NaN, NaN])).toBe(-1);
    expect(barShare(NaN)).toBeNull();
    expect(barShare(1.5)).toBe(1);
    expect(probText(NaN)).toBe('—');
    expect(probText(0.314)).toBe('31%');
    expect(
      probSummary([{ label: 'CNN', color: '#000', textColor: '#000', probs: new Float32Array(10).fill(NaN) }]),
    ).toMatch(/no valid prediction/);
  });
  it('markup', () => {
    const probs = new Float32Array(10).fill(NaN);
    const html = renderToStaticMarkup(
      createElement(ProbBars, {
        series: [
          { label: 'CNN', color: '#0072B2', textColor: '#005a8c', probs },
          {
            label: 'Dense',
            color: '#D55E00',
            textColor: '#a34700',
            probs: new Float32Array([0.5, Infinity, -Infinity, NaN, 0.5, 0, 0, 0, 0, 0]),
          },
        ],
      }),
    );
    clean(html);
    expect(html).toContain('>—</text>');
  });
});

describe('other views with non-finite input', () => {
  it('BinnedHistogram: non-finite counts draw no bar', () => {
    expect(maxCount([1, NaN, Infinity, 4], 0, 4)).toBe(4);
    expect(barHeight(NaN, 4, 20)).toBeNull();
    expect(barHeight(4, NaN, 20)).toBeNull();
    expect(barHeight(1, 4, 20)).toBe(10);
    clean(
      renderToStaticMarkup(
        createElement(BinnedHistogram, { counts: [1, NaN, Infinity, 3], bins: 4, color: '#000', title: 'h' }),
      ),
    );
  });
  it('NetworkDiagram: NaN weights draw thin lines, never NaN attributes', () => {
    const w = new Float32Array([NaN, 1, -Infinity, 0.5]);
    clean(renderToStaticMarkup(createElement(NetworkDiagram, { sizes: [2, 2], weights: [w], title: 'net' })));
  });
  it('canvas images: non-finite pixels are grey; the scale from the finite values only', () => {
    expect(maxAbs([NaN, -3, Infinity, 2], 0, 4)).toBe(3);
    expect(maxAbs([NaN, 0], 0, 2)).toBe(1);
    expect(lutIndex(NaN, 'ink', 1)).toBe(-1);
    expect(lutIndex(-Infinity, 'signed', 1)).toBe(-1);
    expect(lutIndex(2, 'class', 1)).toBe(255);
    expect(lutIndex(-1, 'signed', 1)).toBe(0);
    const out = new Uint8ClampedArray(4 * 4);
    paintTile(out, 2, 0, 0, { values: [0, NaN, 1, Infinity], base: 0, w: 2, h: 2, scale: 'ink' });
    expect(Array.from(out)).toEqual([255, 255, 255, 255, ...MISSING_RGB, 255, 20, 20, 20, 255, ...MISSING_RGB, 255]);
    // Positive weights are orange, negative purple, on both PixelView and ImageGrid.
    const lut = lutFor('signed');
    expect(lut[3 * 255]).toBeGreaterThan(lut[3 * 255 + 2]); // +max: more red than blue
    expect(lut[0 + 2]).toBeGreaterThan(lut[0]); // −max: more blue than red
    // No array yet: the scale's zero (white), not grey.
    paintTile(out, 2, 0, 0, { values: null, base: 0, w: 2, h: 2, scale: 'ink', alpha: 150 });
    expect(Array.from(out.slice(0, 4))).toEqual([255, 255, 255, 150]);
  });
});
