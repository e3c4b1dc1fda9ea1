import { describe, expect, it, vi } from 'vitest';
import { doneCount, loadAndRepairProgress, parseProgress, PROGRESS_KEY, progressText } from '../../src/store/progress';

function memory(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: vi.fn((k: string, v: string) => void (data[k] = v)),
  };
}

describe('exercise progress in localStorage', () => {
  it('reads what it wrote; nothing stored is no progress and no problem', () => {
    expect(parseProgress(null)).toEqual({ progress: {} });
    expect(parseProgress('{"relu-vs-sigmoid":["first-to-01","big-lr"]}')).toEqual({
      progress: { 'relu-vs-sigmoid': ['first-to-01', 'big-lr'] },
    });
  });
  it('unreadable JSON or the wrong shape: cleared, with a notice', () => {
    for (const raw of ['{not json', '[1,2]', '"x"', 'null', '42']) {
      const r = parseProgress(raw);
      expect(r.progress).toEqual({});
      expect(r.problem).toMatch(/could not be read/);
    }
  });
  it('one corrupt lesson entry is dropped, the rest kept', () => {
    const r = parseProgress(
      '{"relu-vs-sigmoid":["first-to-01"],"vanishing-gradients":"oops","bad slug!":["x"],"convolution":[1,2]}',
    );
    expect(r.progress).toEqual({ 'relu-vs-sigmoid': ['first-to-01'] });
    expect(r.problem).toMatch(/3 lessons/);
  });
  it('a corrupt entry is repaired in storage at once, so the notice shows once', () => {
    const s = memory({ [PROGRESS_KEY]: '{"relu-vs-sigmoid":["a"],"vanishing-gradients":{}}' });
    const first = loadAndRepairProgress(s);
    expect(first.problem).toBeDefined();
    expect(s.setItem).toHaveBeenCalledOnce();
    expect(JSON.parse(s.data[PROGRESS_KEY]!)).toEqual({ 'relu-vs-sigmoid': ['a'] });
    const second = loadAndRepairProgress(s);
    expect(second.problem).toBeUndefined();
    expect(second.progress).toEqual({ 'relu-vs-sigmoid': ['a'] });
  });
  it('storage that throws is no progress, never a crash', () => {
    const s = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadAndRepairProgress(s)).toEqual({ progress: {} });
  });
  it('counts only the lesson’s current exercises', () => {
    const p = { 'relu-vs-sigmoid': ['a', 'b', 'gone'] };
    expect(doneCount(p, 'relu-vs-sigmoid', ['a', 'b', 'c'])).toBe(2);
    expect(doneCount(p, 'vanishing-gradients', ['x'])).toBe(0);
    expect(progressText(3, 5)).toBe('3 of 5 exercises done');
    expect(progressText(0, 1)).toBe('0 of 1 exercise done');
  });
});
