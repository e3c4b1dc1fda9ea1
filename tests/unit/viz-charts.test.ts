import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decades, decadeTicks, extent, linePath, lineScales, logTicks } from '../../src/viz/chart';
import { ActivationPlot, activationLayout, markPoints } from '../../src/viz/ActivationPlot';
import { LayerNormChart, layerNormLayout, type LayerSeries } from '../../src/viz/LayerNormChart';
import { LineChart, lineChartLayout, LINE_MARGINS, type Series } from '../../src/viz/LineChart';
import { scaleLog } from 'd3';

const M = LINE_MARGINS;
const series = (id: string, y: number[], x = y.map((_, i) => i * 10), dashed = false): Series => ({
  id,
  label: id,
  color: '#0072B2',
  dashed,
  x,
  y,
  n: y.length,
});
/** The SVG markup a view renders on the server (no DOM: effects do not run), one element per line. */
const svg = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(el).replace(/></g, '>\n<');

describe('LineChart: the SVG drawn for fixed data', () => {
  it('linear scale', () => {
    const s = [series('a', [1, 0.6, 0.4, 0.3]), series('b', [1.2, 0.9, 0.8, 0.75], undefined, true)];
    expect(
      svg(createElement(LineChart, { series: s, xLabel: 'step', yLabel: 'loss', title: 'Loss', height: 200 })),
    ).toMatchSnapshot();
  });
  it('log scale, with NaN, 0 and Infinity breaking the line', () => {
    const s = [series('a', [1, 0.1, NaN, 0.01, 0, 1e-3, Infinity, 1e-4])];
    expect(
      svg(
        createElement(LineChart, { series: s, xLabel: 'step', yLabel: 'loss', title: 'Loss', log: true, height: 200 }),
      ),
    ).toMatchSnapshot();
  });
});

describe('LayerNormChart and ActivationPlot: the SVG drawn for fixed data', () => {
  it('layer norms on a log scale (0, NaN and Infinity left out)', () => {
    const s: LayerSeries[] = [
      { id: 'sig', label: 'sigmoid', color: '#0072B2', values: [1e-6, 1e-4, 0, 1e-2] },
      { id: 'relu', label: 'ReLU', color: '#D55E00', dashed: true, values: [0.1, NaN, Infinity, 0.3] },
    ];
    expect(
      svg(
        createElement(LayerNormChart, {
          series: s,
          layers: ['1', '2', '3', '4'],
          xLabel: 'layer',
          yLabel: '‖∇W‖',
          title: 'Norms',
        }),
      ),
    ).toMatchSnapshot();
  });
  it('activation plot frame and curves', () => {
    expect(
      svg(createElement(ActivationPlot, { activation: 'sigmoid', color: '#0072B2', title: 'sigmoid', highlight: 0.5 })),
    ).toMatchSnapshot();
  });
});

describe('chart mapping with non-finite input: never a NaN in the output', () => {
  it('lineScales ignores NaN and Infinity (also a NaN last x) and falls back when nothing is finite', () => {
    const { x, y } = lineScales([series('a', [NaN, Infinity, -Infinity], [0, 5, NaN])], 400, 200, false, M);
    expect(x.domain()).toEqual([0, 1]);
    expect(y.domain()).toEqual([0, 1.1]);
    const log = lineScales([series('a', [0, -1, NaN])], 400, 200, true, M).y.domain();
    expect(log.every(Number.isFinite)).toBe(true);
    expect(log[0]).toBeGreaterThan(0);
  });
  it('lineChartLayout: no NaN in paths or ticks for all-NaN, huge and empty series', () => {
    for (const log of [false, true]) {
      const l = lineChartLayout(
        [series('a', [NaN, NaN]), series('b', [1e300, Infinity, Number.MAX_VALUE]), series('c', [])],
        400,
        200,
        log,
      );
      const text = JSON.stringify(l);
      expect(text).not.toMatch(/NaN|Infinity|null/);
      expect(l.paths[0].d).toBe('');
    }
  });
  it('linePath breaks at undefined points and thins long series to a few points per pixel column', () => {
    expect(
      linePath(
        4,
        (i) => i * 10,
        (i) => [1, NaN, 3, 4][i],
      ),
    ).toBe('M0,1M20,3L30,4');
    const n = 100_000;
    const d = linePath(
      n,
      (i) => (i / n) * 300,
      (i) => Math.sin(i / 50) * 50 + 60,
    );
    expect(d).not.toMatch(/NaN/);
    expect(d.split(/[ML]/).length - 1).toBeLessThanOrEqual(4 * 300);
    expect(d.startsWith('M0,60')).toBe(true);
  });
  it('extent, decades and log ticks', () => {
    expect(extent([{ values: [NaN, 2, -Infinity, 5, Infinity] }])).toEqual([2, 5]);
    expect(extent([{ values: [0, -1, 3e-4, NaN] }], true)).toEqual([3e-4, 3e-4]);
    expect(extent([{ values: [NaN] }])).toBeNull();
    expect(decades(null)).toEqual([1e-4, 1]);
    expect(decades([1.3e-10, 0.05])).toEqual([1e-10, 0.1]);
    const y = scaleLog().domain([1e-10, 0.1]).range([200, 0]);
    expect(decadeTicks(y, 5).map((t) => t.label)).toEqual(['10⁻¹⁰', '10⁻⁸', '10⁻⁶', '10⁻⁴', '10⁻²']);
    expect(logTicks(scaleLog().domain([0.2, 0.9]).range([200, 0]), 4).map((t) => t.label)).toEqual([
      '0.2',
      '0.4',
      '0.6',
      '0.8',
    ]);
  });
  it('layerNormLayout: points only for finite positive values', () => {
    const l = layerNormLayout(
      [{ id: 'a', label: 'a', color: '#000', values: [NaN, 1e-3, 0, Infinity, 1e-1] }],
      ['1', '2', '3', '4', '5'],
      400,
      260,
    );
    expect(l.series[0].points.map((p) => p.i)).toEqual([1, 4]);
    expect(JSON.stringify(l)).not.toMatch(/NaN|null/);
  });
  it('markPoints drops non-finite pre-activations and keeps each mark’s index', () => {
    const { x, y } = activationLayout('relu', 240, 170, 5);
    const pts = markPoints('relu', [1, NaN, -2, Infinity, 40], 5, x, y, 5);
    expect(pts.map((p) => p.i)).toEqual([0, 2, 4]);
    expect(pts[2].cx).toBe(x(5)); // clamped to the plot
  });
});
