import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, historyCsv, legendSvg } from '../../src/viz/export';
import { LARGE_TYPE_MIN, SLIDE_H, minFontFor, settingsCaption, slideLayout, wrapWords } from '../../src/viz/slide';

describe('export: pure builders', () => {
  it('CSV: header lines, one row per step (union of series), blanks where a series has no value', () => {
    const csv = historyCsv(
      [
        { id: 'a', label: 'loss', x: [0, 1, 2, 99], y: [3, 2, 1, 0], n: 3 },
        { id: 'b', label: 'loss', x: [2, 4], y: [0.5, NaN], n: 2 },
      ],
      { lesson: 'x', settings: 'a=1\nb=2' },
    );
    expect(csv.split('\n')).toEqual([
      '"# lesson: x"',
      '"# settings: a=1 b=2"',
      '"step","loss (a)","loss (b)"',
      '0,3,',
      '1,2,',
      '2,1,0.5',
      '4,,',
      '',
    ]);
  });
  it('CSV text fields are always quoted (quotes doubled); numbers are numbers', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('loss')).toBe('"loss"');
    expect(csvField(Infinity)).toBe('');
    expect(csvField(-0.5)).toBe('-0.5');
  });
  it('file names are safe', () => {
    expect(exportFileName('relu-vs-sigmoid', 'Training (solid) & test: <loss>', 'svg')).toBe(
      'relu-vs-sigmoid-training-solid-test-loss.svg',
    );
    expect(exportFileName(null, '∑∑', 'png')).toBe('view.png');
  });
  it('the legend escapes labels', () => {
    expect(legendSvg([{ label: '<b>', color: 'red' }], 100, 300).markup).toContain('&lt;b&gt;');
    expect(legendSvg([], 0, 100).height).toBe(0);
  });
});

describe('export: slide layout', () => {
  const opts = { title: 'Loss', caption: ['ReLU vs sigmoid · seed 7', 'Settings: lr=0.5'], large: false };
  it('is 16:9 and fits the figure between the title and the caption, centred, keeping its aspect', () => {
    const L = slideLayout(600, 300, opts);
    expect(L.width / L.height).toBeCloseTo(16 / 9, 5);
    const f = L.figure;
    expect(f.w / f.h).toBeCloseTo(2, 5);
    expect(f.scale).toBeCloseTo(f.w / 600, 9);
    // Below the title's baseline, above the caption's first line, inside the slide.
    expect(f.y).toBeGreaterThan(L.title!.y);
    expect(f.y + f.h).toBeLessThan(L.caption!.y - L.caption!.size);
    expect(f.x).toBeGreaterThanOrEqual(0);
    expect(f.x + f.w).toBeLessThanOrEqual(L.width);
    expect(f.x + f.w / 2).toBeCloseTo(L.width / 2, 6);
    expect(L.caption!.lines).toEqual(opts.caption);
  });
  it('without a title or caption the figure gets the room; large type makes the text bigger', () => {
    const bare = slideLayout(600, 300, { title: ' ', caption: [], large: false });
    expect(bare.title).toBeNull();
    expect(bare.caption).toBeNull();
    expect(bare.figure.scale).toBeGreaterThan(slideLayout(600, 300, opts).figure.scale);
    const big = slideLayout(600, 300, { ...opts, large: true });
    expect(big.title!.size).toBeGreaterThan(slideLayout(600, 300, opts).title!.size);
    expect(big.caption!.size).toBeGreaterThan(slideLayout(600, 300, opts).caption!.size);
  });
  it('a tall figure is limited by the height', () => {
    const L = slideLayout(100, 1000, opts);
    expect(L.figure.h).toBeLessThan(L.height);
    expect(L.figure.w).toBeCloseTo(L.figure.h / 10, 6);
  });
  it('large type: the smallest figure text lands at 24 slide px (16 px on a 1280×720 projector)', () => {
    expect(minFontFor(2, true)).toBe(LARGE_TYPE_MIN / 2);
    expect(minFontFor(2, true) * 2 * (720 / SLIDE_H)).toBeCloseTo(16, 9);
    expect(minFontFor(2, false)).toBe(0);
  });
});

describe('export: slide caption', () => {
  it('wraps words at the width; a word longer than a line is cut', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('abcdefgh x', 4)).toEqual(['abc…', 'x']);
    expect(wrapWords('  ', 4)).toEqual([]);
  });
  it('names the lesson and seed, then the settings (the seed not twice)', () => {
    const h = { lesson: 'relu-vs-sigmoid', seed: '7', settings: 'seed=7&lr=0.5&hidden=8', link: 'x', exported: 'y' };
    expect(settingsCaption(h, 'ReLU vs sigmoid')).toEqual(['ReLU vs sigmoid · seed 7', 'Settings: lr=0.5, hidden=8']);
    expect(settingsCaption({ lesson: 'home', seed: 'none', settings: 'none' }, null)).toEqual(['home']);
    const noSeed = settingsCaption(
      { lesson: 'backprop-graph', seed: 'none (this lesson has no seed setting)', settings: 'graph=neuron' },
      'Backprop',
    );
    expect(noSeed).toEqual(['Backprop', 'Settings: graph=neuron']);
  });
  it('stops at maxLines, the last line ending in "…"', () => {
    const settings = Array.from({ length: 40 }, (_, i) => `k${i}=${i}`).join('&');
    const lines = settingsCaption({ lesson: 'x', seed: '1', settings }, 'X', 30, 3);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
});

describe('export: legend at a larger size', () => {
  it('scales its spacing with the font size and starts at `left`', () => {
    const small = legendSvg([{ label: 'train', color: 'red' }], 0, 500);
    const big = legendSvg([{ label: 'train', color: 'red' }], 0, 500, 24, -10);
    expect(big.height).toBeCloseTo(small.height * 2, 6);
    expect(big.markup).toContain('font-size="24"');
    expect(big.markup).toContain('x1="-2"');
  });
});
