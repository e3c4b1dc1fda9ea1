import { describe, expect, it } from 'vitest';
import { csvField, exportFileName, historyCsv, legendSvg } from '../../src/viz/export';

describe('export: pure builders', () => {
  it('CSV: header lines, one row per step (union of series), blanks where a series has no value', () => {
    const csv = historyCsv(
      [
        { id: 'a', label: 'loss', x: [0, 1, 2, 99], y: [3, 2, 1, 0], n: 3 },
        { id: 'b', label: 'loss', x: [2, 4], y: [0.5, NaN], n: 2 },
      ],
      { lesson: 'x', settings: 'a=1\nb=2' },
    );
    expect(csv.split('\n')).toEqual(['"# lesson: x"', '"# settings: a=1 b=2"', '"step","loss (a)","loss (b)"', '0,3,', '1,2,', '2,1,0.5', '4,,', '']);
  });
  it('CSV text fields are always quoted (quotes doubled); numbers are numbers', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('loss')).toBe('"loss"');
    expect(csvField(Infinity)).toBe('');
    expect(csvField(-0.5)).toBe('-0.5');
  });
  it('file names are safe', () => {
    expect(exportFileName('relu-vs-sigmoid', 'Training (solid) & test: <loss>', 'svg')).toBe('relu-vs-sigmoid-training-solid-test-loss.svg');
    expect(exportFileName(null, '∑∑', 'png')).toBe('view.png');
  });
  it('the legend escapes labels', () => {
    expect(legendSvg([{ label: '<b>', color: 'red' }], 100, 300).markup).toContain('&lt;b&gt;');
    expect(legendSvg([], 0, 100).height).toBe(0);
  });
});
